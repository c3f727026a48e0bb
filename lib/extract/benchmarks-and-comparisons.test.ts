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

test("a compared method's own value: 'close to the N obtained by X', 'the N% of X', 'X (N)'", () => {
  expect("Wisp-L reaches an FID of 2.02, close to the 1.91 obtained by MAR-L (479M) with its full head.", [
    { kind: "result", value: 2.02, metric: "FID", role: "proposed" },
    { kind: "result", value: 1.91, metric: "FID", role: "baseline", method: "MAR-L" },
  ], "Wisp: Light Heads");
  expect("Wisp-7B reaches 74.2% accuracy on MATH500, close to the 76.0% of its autoregressive source model.", [
    { kind: "result", value: 74.2, dataset: "MATH500", role: "proposed" },
    { kind: "result", value: 76, dataset: "MATH500", role: "baseline", method: "autoregressive source model" },
  ], "Wisp: Light Heads");
  expect("Wisp achieves a CIDEr of 131.0 on NoCaps, close to its autoregressive teacher (132.4).", [
    { kind: "result", value: 131, metric: "CIDEr", role: "proposed" },
    { kind: "result", value: 132.4, metric: "CIDEr", role: "baseline", method: "autoregressive teacher" },
  ], "Wisp: Light Heads");
});

test("a speedup that continues the one before it keeps its aspect, benchmark and baseline", () => {
  expect("On Spec-Bench, Fern delivers speedups of up to 3.6× over vanilla decoding and 1.22× over EAGLE-2 at temperature 0. With sampling, the gain over EAGLE-2 remains 1.1×.", [
    { kind: "speedup", value: 3.6, dataset: "Spec-Bench", vs: "vanilla decoding", qualifier: "up to" },
    { kind: "speedup", value: 1.22, dataset: "Spec-Bench", vs: "EAGLE-2", metric: "inference speed" },
    { kind: "speedup", value: 1.1, dataset: "Spec-Bench", vs: "EAGLE-2", metric: "inference speed" },
  ], "Fern: Tree Drafts");
  // (a factor after a parameter count is still read from the verb before it)
  expect("Fern accelerates a 1.3B-parameter speech model by 2.2× to 2.9× over standard decoding.", [
    { kind: "speedup", value: 2.2, value_high: 2.9, metric: "inference speed" },
  ], "Fern: Tree Drafts");
});

test("spoken-language benchmarks and named text-to-image benchmarks are in the vocabulary", () => {
  expect("Lark raises sStoryCloze accuracy from 58.1% to 63.0%.", [
    { kind: "result", value: 58.1, dataset: "sStoryCloze", role: "baseline" },
    { kind: "result", value: 63, dataset: "sStoryCloze", role: "proposed" },
  ]);
  expect("Lark improves its WISE score by 0.09.", [{ kind: "delta", value: 0.09, metric: "WISE", dataset: "WISE" }]);
});

test("values reached after a change, and compared values that restate an earlier result", () => {
  expect("Quill improves the GenEval overall score by 0.11 to 0.74.", [
    { kind: "delta", value: 0.11, metric: "GenEval" },
    { kind: "result", value: 0.74, metric: "GenEval", dataset: "GenEval" },
  ]);
  expect("Quill-L attains a gFID of 2.11, and scaling to Quill-XL further lowers it to 1.79.", [
    { kind: "result", value: 2.11, metric: "FID", method: "Quill-L" },
    { kind: "result", value: 1.79, metric: "FID", method: "Quill-XL" },
  ], "Quill: Coarse Codes");
  expect("On VBench, Quill obtains a total score of 83.7, exceeding its bidirectional counterpart Vidi-2B (83.1), and runs at 15.2 FPS.", [
    { kind: "result", value: 83.7, metric: "VBench" },
    { kind: "result", value: 83.1, metric: "VBench", role: "baseline", method: "Vidi-2B" },
    { kind: "result", value: 15.2, metric: "throughput" },
  ], "Quill: Coarse Codes");
  expect("Quill raises the DPG-Bench score of Janus-Pro-1B by 1.9 points.", [{ kind: "delta", value: 1.9, metric: "DPG-Bench" }]);
});

test("a detection or segmentation metric is never carried to a benchmark of another task", () => {
  expect("We train the backbone on ImageNet 256×256 and report an FID of 2.3. Fine-tuned for detection, it reaches 51.7 box AP.", [
    { kind: "result", value: 2.3, metric: "FID", dataset: "ImageNet 256x256" },
    { kind: "result", value: 51.7, metric: "AP", dataset: null },
  ]);
  expect("We pre-train on ImageNet. On COCO, the detector reaches 51.7 box AP.", [{ kind: "result", value: 51.7, metric: "AP", dataset: "COCO" }]);
});

test("shared verbs, members of a corpus in parentheses, 'show that X …', and what a change was in", () => {
  expect("Wren reduces the number of visual tokens by 71.4\\% and prefill FLOPs by $2.8\\times$.", [
    { kind: "delta", value: 71.4, metric: "token count" },
    { kind: "speedup", value: 2.8, metric: "compute" },
  ]);
  expect("On three Amazon review datasets (Beauty, Sports and Toys), Wren improves Recall@10 by 10.1%, 8.6% and 12.9%, respectively.", [
    { kind: "delta", value: 10.1, dataset: "Amazon Beauty" },
    { kind: "delta", value: 8.6, dataset: "Amazon Sports" },
    { kind: "delta", value: 12.9, dataset: "Amazon Toys" },
  ]);
  expect("Experiments with Llama-3.1-8B and Qwen2.5-14B show that Wren compresses the KV cache by $6\\times$.", [
    { kind: "speedup", value: 6, metric: "memory", method: "Wren" },
  ], "Wren: Eviction with Recall");
  expect("As drafters, the heads make code completion nearly three times faster without any additional memory.", [
    { kind: "speedup", value: 3, metric: "inference speed" },
  ]);
  expect("An online test shows a 2.2% increase in average watch time.", [{ kind: "delta", value: 2.2, metric: "watch time" }]);
});

test("evidence never starts inside a parenthesis: the metric written out before its abbreviation opens it", () => {
  expect("Wisp improves the Frechet inception distance (FID) from 9.12 to 2.07 on ImageNet 256x256.", [
    { kind: "result", value: 9.12, evidence: "Frechet inception distance (FID) from 9.12" },
    { kind: "result", value: 2.07, evidence: "Frechet inception distance (FID) from 9.12 to 2.07" },
  ]);
  expect("Wisp lowers the character error rate (CER) by 9% relative.", [{ kind: "delta", value: 9, evidence: "character error rate (CER) by 9% relative" }]);
  expect("On XSum the gap is small: Wisp (31.02) vs BART (31.40) ROUGE-L.", [
    { kind: "result", value: 31.02, evidence: "Wisp (31.02) vs BART (31.40) ROUGE-L" },
    { kind: "result", value: 31.4, evidence: "BART (31.40) ROUGE-L" },
  ], "Wisp: x");
});

test("a simulation suite trained and evaluated on is the benchmark; data counted out for training is not", () => {
  expect("Fine-tuned on the LIBERO suites, Quail reaches an average success rate of 94.1%.", [{ kind: "result", value: 94.1, dataset: "LIBERO" }]);
  expect("The draft head trains on 52K ShareGPT conversations. Quail reaches an acceptance length of 4.4 tokens.", [{ kind: "result", value: 4.4, dataset: null }]);
});
