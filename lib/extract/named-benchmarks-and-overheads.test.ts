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

test("rates, lists of changes and things that are not outcomes", () => {
  expect("The policy runs at a 4.2× higher control frequency than its autoregressive counterpart.", [
    { kind: "speedup", value: 4.2, metric: "inference speed" },
  ]);
  expect("Lark yields relative improvements of 8.1% in Recall@20 and 6.6% in NDCG@20 over SASRec.", [
    { kind: "delta", value: 8.1, unit: "%" },
    { kind: "delta", value: 6.6, unit: "%", metric: "NDCG@20" },
  ]);
  expect("Lark reduces generation time by 29% on long prompts.", [{ kind: "delta", value: 29, metric: "latency" }]);
  expect("The GenEval score drops by merely 0.02 after distillation.", [{ kind: "delta", value: 0.02, metric: "GenEval" }]);
  // a version digit, memory slots and a length budget are not results
  expect("Lark attains a WER of 2.3, on par with VALL-E 2 under the same protocol.", [{ kind: "result", value: 2.3, metric: "WER" }]);
  expect("Older context is summarised into 128 memory tokens.", []);
  expect("Training raises the response length budget in two stages, from 8K to 16K tokens.", []);
});

test("spoken-language benchmarks and named text-to-image benchmarks are in the vocabulary", () => {
  expect("Lark raises sStoryCloze accuracy from 58.1% to 63.0%.", [
    { kind: "result", value: 58.1, dataset: "sStoryCloze", role: "baseline" },
    { kind: "result", value: 63, dataset: "sStoryCloze", role: "proposed" },
  ]);
  expect("Lark improves its WISE score by 0.09.", [{ kind: "delta", value: 0.09, metric: "WISE", dataset: "WISE" }]);
});

test("acceptance rates, token-length differences and shorter sequences", () => {
  expect("The verifier accepts 83\\% of drafted tokens on average.", [{ kind: "result", value: 83, metric: "acceptance rate" }]);
  expect("Across the suite, 79% of the drafted tokens are accepted.", [{ kind: "result", value: 79, metric: "acceptance rate" }]);
  expect("It reaches an average acceptance length of 3.9, 0.6 tokens longer than Medusa.", [
    { kind: "result", value: 3.9, metric: "acceptance length" },
    { kind: "delta", value: 0.6, metric: "acceptance length", vs: "Medusa" },
  ]);
  expect("Pebble yields 5× shorter token sequences than EnCodec.", [{ kind: "speedup", value: 5, metric: "token count", vs: "EnCodec" }]);
  expect("With the length reward, responses become 3.2× shorter.", [{ kind: "speedup", value: 3.2, metric: "token count" }]);
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

test("halving a cost, rates as multiples, first-packet times; procedures and resolutions are not outcomes", () => {
  expect("Quill matches the teacher while halving the number of sampling steps.", [{ kind: "speedup", value: 2, metric: "sampling steps" }]);
  expect("Distillation is repeated, halving the number of steps at each round.", []);
  expect("The policy runs at 4.4$\\times$ the control frequency of token-level decoding.", [{ kind: "speedup", value: 4.4, metric: "inference speed" }]);
  expect("It raises the control rate to three times that of OpenVLA.", [{ kind: "speedup", value: 3, vs: "OpenVLA" }]);
  expect("In streaming mode the first audio packet is produced after 132 ms.", [{ kind: "result", value: 132, metric: "latency" }]);
  expect("Quill encodes 256$\\times$256 videos into 6$\\times$ fewer tokens than MAGVIT-v2.", [{ kind: "speedup", value: 6, metric: "token count" }]);
  expect("The sparse model needs two and a half times fewer GPU hours than a dense one.", [{ kind: "speedup", value: 2.5, metric: "training cost" }]);
});

test("a detection or segmentation metric is never carried to a benchmark of another task", () => {
  expect("We train the backbone on ImageNet 256×256 and report an FID of 2.3. Fine-tuned for detection, it reaches 51.7 box AP.", [
    { kind: "result", value: 2.3, metric: "FID", dataset: "ImageNet 256x256" },
    { kind: "result", value: 51.7, metric: "AP", dataset: null },
  ]);
  expect("We pre-train on ImageNet. On COCO, the detector reaches 51.7 box AP.", [{ kind: "result", value: 51.7, metric: "AP", dataset: "COCO" }]);
});

test("extras: 'rises to N', ranges 'by N to M points', 'in average score', bare LibriSpeech splits, powers", () => {
  expect("With the lighter head, FID rises only slightly to 2.04.", [{ kind: "result", value: 2.04, metric: "FID" }]);
  expect("Accuracy improves by 1.8 to 2.9 points across scales.", [{ kind: "delta", value: 1.8, value_high: 2.9, unit: "points" }]);
  expect("Accuracy improves by 1.8 points to 70.2%.", [
    { kind: "delta", value: 1.8, unit: "points" },
    { kind: "result", value: 70.2, metric: "accuracy" },
  ]);
  expect("Gist beats FastV and SparseVLM by 5.1 and 1.7 points in average score.", [
    { kind: "delta", value: 5.1, metric: "average score" },
    { kind: "delta", value: 1.7, metric: "average score" },
  ]);
  expect("We train on LibriSpeech. Gist lowers the test-other WER of the CTC baseline by 9% relative.", [
    { kind: "delta", value: 9, metric: "WER", dataset: "LibriSpeech test-other" },
  ]);
  expect("Codebooks have grown to vocabularies exceeding 2^18 entries.", []);
  expect("Gist reaches 38.5% avg@16 accuracy on AIME 2024.", [{ kind: "result", value: 38.5, metric: "accuracy", dataset: "AIME 2024" }]);
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

test("from-to on a benchmark's score, 'and reducing X' after a speedup, added training time, parameter shares", () => {
  expect("The average LongBench score moves only from 47.9 to 47.5 under 2-bit caches.", [
    { kind: "result", value: 47.9, metric: "average score", role: "baseline" },
    { kind: "result", value: 47.5, metric: "average score", role: "proposed" },
  ]);
  expect("On LibriSpeech, Lark decodes 3.8 times faster while reducing the real-time factor from 0.28 to 0.07.", [
    { kind: "speedup", value: 3.8, metric: "inference speed" },
    { kind: "result", value: 0.28, role: "baseline", method: null },
    { kind: "result", value: 0.07, role: "proposed" },
  ], "Lark: Fast Speech");
  expect("Lark improves pass@1 by 3.9 points while adding only 5% to the training time.", [
    { kind: "delta", value: 3.9, metric: "pass@1" },
    { kind: "delta", value: 5, metric: "training cost" },
  ]);
  expect("Lark adds less than 2% parameters relative to the target model.", []);
  expect("Lark shortens action sequences fivefold and runs at 2.7× higher control frequency.", [
    { kind: "speedup", value: 5, metric: "token count" },
    { kind: "speedup", value: 2.7, metric: "inference speed" },
  ]);
  expect("It produces a 10-day forecast in roughly 30 seconds on a single H100 GPU.", [{ kind: "result", value: 30, metric: "latency" }]);
  expect("Lark produces 480p videos at 19 frames per second on a single H100 GPU.", [{ kind: "result", value: 19, metric: "throughput" }]);
});
