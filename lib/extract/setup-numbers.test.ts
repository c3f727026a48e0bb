// Numbers that are setup, not outcomes (extractor 1.5): sentences written for these tests, not taken from any corpus.
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

test("tokenizer geometry, scales and representation rates are setup", () => {
  expect("The tokenizer uses a downsampling factor of 32 and compresses frames by 4× in time and 8×8 in space.", []);
  expect("Each image is represented with fewer tokens than the 16× VQGAN used by LlamaGen.", []);
  expect("Audio is represented at 25 tokens per second, and images are re-encoded at 2×.", []);
  expect("The latent sequence is eight times shorter than the target sentence.", []);
});

test("batch sizes, bitrates, physical units and counted things are setup", () => {
  expect("Serving runs at batch size 16 with a beam of 4.", []);
  expect("At 1.5 kbps the codec keeps 24 kHz audio, evaluated at 500 hPa.", []);
  expect("The corpus was contributed by 1,900 independent artists, with clips exceeding 30 seconds.", []);
});

test("compute: needed compute is a cost, training compute is setup", () => {
  expect("The diffusion model needs about 16 times more compute to reach the same loss.", [{ kind: "speedup", value: 16, metric: "compute", qualifier: "about" }]);
  expect("We train the model with 4× more compute than the baseline.", []);
});

test("a cost is not measured on a score benchmark named in its sentence", () => {
  expect("It achieves a GenEval score of 0.78 while requiring nearly 45% fewer FLOPs per image.", [
    { kind: "result", value: 0.78, metric: "GenEval", dataset: "GenEval" },
    { kind: "delta", value: 45, metric: "compute", dataset: null, qualifier: "about" },
  ]);
});

test("enumeration markers in parentheses report nothing", () => {
  expect("We compare two recipes: ScalingX (1) improves base models by 12.5% on GenEval, and (2) improves them by a further 0.03 on GenEval.", [
    { kind: "delta", value: 12.5, unit: "%", dataset: "GenEval" },
    { kind: "delta", value: 0.03, dataset: "GenEval" },
  ]);
});
