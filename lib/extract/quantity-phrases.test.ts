// Quantity phrases of extractor 1.7 (quantity-phrases.ts and the cost rules of classify.ts): each sentence was written for these tests (not taken from any corpus or eval set).
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

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

test("halving a cost, rates as multiples, first-packet times; procedures and resolutions are not outcomes", () => {
  expect("Quill matches the teacher while halving the number of sampling steps.", [{ kind: "speedup", value: 2, metric: "sampling steps" }]);
  expect("Distillation is repeated, halving the number of steps at each round.", []);
  expect("The policy runs at 4.4$\\times$ the control frequency of token-level decoding.", [{ kind: "speedup", value: 4.4, metric: "inference speed" }]);
  expect("It raises the control rate to three times that of OpenVLA.", [{ kind: "speedup", value: 3, vs: "OpenVLA" }]);
  expect("In streaming mode the first audio packet is produced after 132 ms.", [{ kind: "result", value: 132, metric: "latency" }]);
  expect("Quill encodes 256$\\times$256 videos into 6$\\times$ fewer tokens than MAGVIT-v2.", [{ kind: "speedup", value: 6, metric: "token count" }]);
  expect("The sparse model needs two and a half times fewer GPU hours than a dense one.", [{ kind: "speedup", value: 2.5, metric: "training cost" }]);
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

test("convergence speed, advantages that still reach N%, changes per user", () => {
  expect("Fine-tuning also converges about 2.5 times faster in wall-clock time.", [{ kind: "speedup", value: 2.5, metric: "training cost" }]);
  expect("Under sampling, its throughput advantage over EAGLE-2 still reaches 15%.", [
    { kind: "delta", value: 15, metric: "throughput", vs: "EAGLE-2", method: "Quail" },
  ], "Quail: Tree Drafts");
  expect("In an online A/B test, Quail increased average watch time per user by 0.9%.", [{ kind: "delta", value: 0.9, metric: "watch time" }]);
});
