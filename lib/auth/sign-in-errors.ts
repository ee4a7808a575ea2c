// Codes next-auth carries in `?error=` after a failed sign-in, and the words
// shown for them. Shared by the credentials provider and the sign-in form.
export const signInErrorMessages: Record<string, string> = {
  CredentialsSignin: "Email or password is incorrect.",
  RateLimited: "Too many failed attempts. Wait 15 minutes and try again, or ask a project owner to reset your password.",
  Malformed: "Enter your email and password.",
  OAuthAccountNotLinked: "No Claimdesk account uses that email. Ask a project owner for an invite.",
  AccessDenied: "No Claimdesk account uses that email. Ask a project owner for an invite.",
  SessionRequired: "Please sign in to continue.",
  PasswordChanged: "Your password was changed and every session ended. Sign in with the new password.",
};

export function signInErrorMessage(code: string | null | undefined): string | null {
  if (!code) return null;
  return signInErrorMessages[code] ?? "Sign-in failed. Please try again.";
}
