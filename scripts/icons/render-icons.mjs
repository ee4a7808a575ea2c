// Renders public/icon.svg into the PNG icons and favicon.ico that browsers and
// home screens ask for, with the same Chromium the e2e tests use. Run it after
// changing the SVG:  node scripts/icons/render-icons.mjs
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { chooseChromium } from "../support/find-chromium.mjs";

const publicDir = join(dirname(fileURLToPath(import.meta.url)), "../../public");
const svg = readFileSync(join(publicDir, "icon.svg"), "utf8");

const browser = await chromium.launch({ executablePath: chooseChromium().path ?? undefined, args: ["--headless", "--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();

async function png(size, padding = 0) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size - 2 * padding;
  // A maskable icon keeps its mark inside the safe zone on a full-bleed background.
  await page.setContent(
    `<html><body style="margin:0;background:${padding ? "#26478c" : "transparent"}">` +
      `<div style="padding:${padding}px;width:${inner}px;height:${inner}px">${svg.replace("<svg ", `<svg width="${inner}" height="${inner}" `)}</div></body></html>`,
  );
  return page.screenshot({ omitBackground: padding === 0, type: "png" });
}

// An .ico file may hold PNG images: a 6-byte header, a 16-byte entry per image, then the PNGs.
function ico(images) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

writeFileSync(join(publicDir, "icon-192.png"), await png(192));
writeFileSync(join(publicDir, "icon-512.png"), await png(512));
writeFileSync(join(publicDir, "icon-maskable-512.png"), await png(512, 52));
writeFileSync(join(publicDir, "apple-touch-icon.png"), await png(180, 18));
writeFileSync(join(publicDir, "favicon.ico"), ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }, { size: 48, data: await png(48) }]));
await browser.close();
console.log("icons written to public/");
