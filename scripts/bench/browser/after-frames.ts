// performance.now() in the `count`-th animation frame from now. Two frames
// after a change is the convention of this benchmark for "painted": the frame
// that renders the change has been produced once the next one starts.
export function afterFrames(count: number): Promise<number> {
  return new Promise((done) => {
    let left = count;
    const step = () => {
      left -= 1;
      if (left <= 0) done(performance.now());
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
