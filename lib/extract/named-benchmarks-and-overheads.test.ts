// Rules added in extractor 1.7: each sentence was written for these tests (not taken from any corpus or eval set).
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

test("a score benchmark named right before its value is the value's benchmark, not one named later", () => {
  expect("Heron keeps the GenEval score at 0.71 and FID on MJHQ-30K rises by just 0.3.", [
    { kind: "result", value: 0.71, metric: "GenEval", dataset: "GenEval" },
    { kind: "delta", value: 0.3, metric: "FID", dataset: "MJHQ-30K" },
  ], "Heron: Parallel Decoding");
  expect("With Heron the GenEval score changes only from 0.74 to 0.73, while DPG-Bench drops by 0.2.", [
    { kind: "result", value: 0.74, dataset: "GenEval", role: "baseline" },
    { kind: "result", value: 0.73, dataset: "GenEval", role: "proposed" },
    { kind: "delta", value: 0.2, dataset: "DPG-Bench" },
  ], "Heron: Parallel Decoding");
  expect("Heron improves GenEval by 0.05 over its base model.", [
    { kind: "delta", value: 0.05, metric: "GenEval", dataset: "GenEval" },
  ], "Heron: Parallel Decoding");
});

test("an upper-case prefix glued to a known benchmark names a derived benchmark", () => {
  expect("Sparrow improves accuracy on XL-DocVQA by 5.1 points.", [
    { kind: "delta", value: 5.1, metric: "accuracy", dataset: "XL-DocVQA" },
  ]);
});

test("an unknown benchmark name right before 'from' or 'by' is the change's benchmark", () => {
  expect("Sparrow raises accuracy on RadVQA-2 from 48.1% to 57.4% and on DermBench by more than 9 points.", [
    { kind: "result", value: 48.1, dataset: "RadVQA-2", role: "baseline" },
    { kind: "result", value: 57.4, dataset: "RadVQA-2", role: "proposed" },
    { kind: "delta", value: 9, dataset: "DermBench", qualifier: "over" },
  ]);
  // ("improving on X by" compares with X: X is a method, not a benchmark)
  expect("Sparrow outperforms its teacher, improving on MelodyNet-Large by 0.21 FAD.", [
    { kind: "delta", value: 0.21, metric: "FAD", dataset: null },
  ]);
});

test("a change written over several benchmarks names none of them and compares with no method", () => {
  expect("It lifts GenEval by 0.07 and average accuracy over six perception benchmarks by 3.9 points.", [
    { kind: "delta", value: 0.07, dataset: "GenEval", vs: null },
    { kind: "delta", value: 3.9, metric: "accuracy", dataset: null, vs: null },
  ]);
});

test("'N× and M× …, respectively, on D' puts the whole list on D", () => {
  expect("On two masked diffusion models, Shrike delivers $4.1\\times$ and $3.3\\times$ higher throughput, respectively, on MBPP.", [
    { kind: "speedup", value: 4.1, metric: "throughput", dataset: "MBPP" },
    { kind: "speedup", value: 3.3, metric: "throughput", dataset: "MBPP" },
  ]);
});

test("overheads and smaller footprints are changes of the cost they name", () => {
  expect("The storage overhead of the index is 4% of the model's resident memory.", [
    { kind: "delta", value: 4, unit: "%", metric: "memory" },
  ]);
  expect("The auxiliary heads cost about 3% additional training compute.", [
    { kind: "delta", value: 3, unit: "%", metric: "training cost", qualifier: "about" },
  ]);
  expect("Compared with Medusa, Pika needs no extra heads and has a 35% smaller memory footprint at inference.", [
    { kind: "delta", value: 35, unit: "%", metric: "memory" },
  ]);
  // (a smaller model is a size, not an outcome)
  expect("We distil a 40% smaller student from the teacher.", []);
});
