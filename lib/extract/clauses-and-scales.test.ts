// Rules added in extractor 1.6: each sentence was written for these tests (not taken from any corpus or eval set).
import { test } from "node:test";
import { expectClaims as expect } from "./expect-claims";

test("'respectively' over a list named before the values, when the list after them is a single setting", () => {
  expect("Across AlpacaEval, MBPP and MATH, Kestrel reaches speedups of 2.2×, 2.9× and 2.5× on Qwen2.5-7B, respectively.", [
    { kind: "speedup", value: 2.2, dataset: "AlpacaEval" },
    { kind: "speedup", value: 2.9, dataset: "MBPP" },
    { kind: "speedup", value: 2.5, dataset: "MATH" },
  ], "Kestrel: Drafting Trees");
});

test("a year after a benchmark is not a resolution; a parenthesised sample size is part of the name", () => {
  expect("Our two-step generator reaches an FID of 14.2 on COCO-2017 (10K prompts).", [
    { kind: "result", value: 14.2, metric: "FID", dataset: "COCO-2017 10K" },
  ]);
});

test("a later bare mention of a benchmark is on the split the abstract named first", () => {
  expect("Owl-8B improves ChartQA (test) accuracy by 3.3 points. It reaches 81.5% on ChartQA.", [
    { kind: "delta", value: 3.3, metric: "accuracy", dataset: "ChartQA test" },
    { kind: "result", value: 81.5, metric: "accuracy", dataset: "ChartQA test" },
  ]);
});

test("the subject of a comparison or change names the quantity, even across an aside", () => {
  expect("Its time-to-first-audio on one L4 GPU is 37% lower than that of the cascaded baseline.", [
    { kind: "delta", value: 37, unit: "%", metric: "latency" },
  ]);
  expect("On Penn Treebank the perplexity of Mistral-7B increases by only 0.05.", [
    { kind: "delta", value: 0.05, metric: "perplexity", dataset: "Penn Treebank" },
  ]);
  expect("The model lowers CER by 6% relative, while its decoding latency, measured as the mean delay per token, drops by 44%.", [
    { kind: "delta", value: 6, metric: "CER" },
    { kind: "delta", value: 44, metric: "latency" },
  ]);
});

test("'the gain grows to as much as N×' continues the speedup before it, on the benchmark opening its clause", () => {
  expect("Wren raises throughput by 2.8× on MBPP; on DS-1000 the gains grow to as much as 4.6×.", [
    { kind: "speedup", value: 2.8, metric: "throughput", dataset: "MBPP" },
    { kind: "speedup", value: 4.6, metric: "throughput", dataset: "DS-1000", qualifier: "up to" },
  ], "Wren: Parallel Decoding");
});

test("changes and counts written with words or ranges", () => {
  expect("On ScienceQA, Lark surpasses InstructBLIP (7B) by four points.", [
    { kind: "delta", value: 4, metric: "accuracy", dataset: "ScienceQA", vs: "InstructBLIP (7B)" },
  ], "Lark: Visual Tutors");
  expect("On IWSLT14 De-En, gains over the distilled baseline range from 0.6 to 1.1 BLEU.", [
    { kind: "delta", value: 0.6, value_high: 1.1, metric: "BLEU", dataset: "IWSLT14 De-En" },
  ]);
  expect("The number of refinement iterations needed per image falls by 3.2× compared with plain Jacobi sampling.", [
    { kind: "speedup", value: 3.2, metric: "sampling steps" },
  ]);
});

test("powers of ten are scales; from-to across a named baseline; times and GPU hours from-to", () => {
  expect("On Objaverse, Finch lowers the Chamfer distance (×10³) from 5.12 for PolyGen (180M) to 3.87.", [
    { kind: "result", value: 5.12, metric: "Chamfer distance", dataset: "Objaverse", method: "PolyGen", role: "baseline" },
    { kind: "result", value: 3.87, metric: "Chamfer distance", dataset: "Objaverse", role: "proposed" },
  ], "Finch: Mesh Sequences");
  expect("Caching cuts the time to render a 64-frame clip from 12.5 minutes to 2.1 minutes.", [
    { kind: "result", value: 12.5, metric: "latency", role: "baseline" },
    { kind: "result", value: 2.1, metric: "latency", role: "proposed" },
  ]);
  expect("The recipe lowers the pretraining budget from 920 to 610 GPU hours.", [
    { kind: "result", value: 920, metric: "training cost", role: "baseline" },
    { kind: "result", value: 610, metric: "training cost", role: "proposed" },
  ]);
});

test("rates higher than a baseline, shorter sequences, and units that are not names", () => {
  expect("The policy reaches a control frequency 2.5× higher than Octo on CALVIN.", [
    { kind: "speedup", value: 2.5, metric: "inference speed", vs: "Octo" },
  ]);
  expect("Fragment tokens make molecular sequences 1.9× shorter than SELFIES strings.", [
    { kind: "speedup", value: 1.9, metric: "token count" },
  ]);
  expect("Rendering speech at 24 kHz is 3.3× faster than with the cascaded vocoder.", [
    { kind: "speedup", value: 3.3, metric: "inference speed", method: "Foo" },
  ]);
});

test("a speedup does not take a benchmark named in another clause to check quality", () => {
  expect("Sparrow shrinks the KV cache by 4.1× and raises throughput by 1.7×, while increasing C4 perplexity by only 0.06.", [
    { kind: "speedup", value: 4.1, metric: "memory", dataset: null },
    { kind: "speedup", value: 1.7, metric: "throughput", dataset: null },
    { kind: "delta", value: 0.06, metric: "perplexity", dataset: "C4" },
  ], "Sparrow: Cache Quantisation");
});

test("one figure over both splits is on the corpus; named splits and releases are part of the benchmark", () => {
  expect("Gull reaches 2.4%/5.2% WER on LibriSpeech test-clean/test-other, a 7% relative WER reduction over Zipformer.", [
    { kind: "result", value: 2.4, dataset: "LibriSpeech test-clean" },
    { kind: "result", value: 5.2, dataset: "LibriSpeech test-other" },
    { kind: "delta", value: 7, metric: "WER", dataset: "LibriSpeech" },
  ], "Gull: Streaming ASR");
  expect("It scores 44.9 on the hard split of MMLU-Pro and lowers WER by 9% on Common Voice 17.", [
    { kind: "result", value: 44.9, dataset: "MMLU-Pro (hard)" },
    { kind: "delta", value: 9, metric: "WER", dataset: "Common Voice 17" },
  ]);
});

test("protein and molecule metrics from the vocabulary", () => {
  expect("Tern achieves a native sequence recovery of 55.2% on CATH 4.3 and a validity of 98.1%.", [
    { kind: "result", value: 55.2, metric: "sequence recovery" },
    { kind: "result", value: 98.1, metric: "validity" },
  ], "Tern: Inverse Folding");
});

test("a value reported for generic baselines is the baselines', not the proposed method's", () => {
  expect("Standard baselines collapse with FID>80, while Heron keeps an FID of 4.1.", [
    { kind: "result", value: 80, metric: "FID", role: "baseline", method: "Standard baselines", qualifier: "over" },
    { kind: "result", value: 4.1, metric: "FID", role: "proposed", method: "Heron" },
  ], "Heron: Stable Sampling");
});

test("margins 'within N% of', a compared method's own value, and a second resolution of the same benchmark", () => {
  expect("On VBench, the student's Total Score of 83.0% is within 0.4% of the teacher's 83.3%.", [
    { kind: "result", value: 83, dataset: "VBench", role: "proposed" },
    { kind: "delta", value: 0.4, unit: "%", dataset: "VBench" },
    { kind: "result", value: 83.3, dataset: "VBench", role: "baseline", method: "teacher" },
  ]);
  expect("Inserting Jay into a MaskGIT-style generator lowers FID by 0.8 and 1.4 on ImageNet 256×256 and 512×512, respectively.", [
    { kind: "delta", value: 0.8, metric: "FID", dataset: "ImageNet 256x256", method: "Jay" },
    { kind: "delta", value: 1.4, metric: "FID", dataset: "ImageNet 512x512", method: "Jay" },
  ], "Jay: Token Critics");
});

test("a score that is its own benchmark keeps it; 'the same benchmark' carries; a cost aside is not the aspect", () => {
  expect("Robin reaches a GenEval overall score of 0.68 and a zero-shot FID of 9.7 on MS-COCO 30K.", [
    { kind: "result", value: 0.68, metric: "GenEval", dataset: "GenEval" },
    { kind: "result", value: 9.7, metric: "FID", dataset: "MS-COCO 30K" },
  ], "Robin: Small Generators");
  expect("Robin reaches an FID of 2.4 on FFHQ 1024×1024. Distillation lowers its FID on the same benchmark by 0.3. A cached head raises sampling throughput threefold at a modest cost in quality.", [
    { kind: "result", value: 2.4, dataset: "FFHQ 1024x1024" },
    { kind: "delta", value: 0.3, metric: "FID", dataset: "FFHQ 1024x1024" },
    { kind: "speedup", value: 3, metric: "throughput" },
  ], "Robin: Small Generators");
  expect("Ours raises codebook utilization from 58% under vanilla VQ to 99%.", [
    { kind: "result", value: 58, metric: "codebook utilization", role: "baseline", method: "vanilla VQ" },
    { kind: "result", value: 99, metric: "codebook utilization", role: "proposed" },
  ]);
});

test("a plain name with its value in parentheses, sizes glued to words, representation rates, teen number words", () => {
  expect("Otter resolves 38.0% of the issues in SWE-bench Lite, 5.2 points over Moatless (32.8%).", [
    { kind: "result", value: 38, metric: "resolve rate", dataset: "SWE-bench Lite" },
    { kind: "delta", value: 5.2, metric: "resolve rate", vs: "Moatless" },
    { kind: "result", value: 32.8, metric: "resolve rate", role: "baseline", method: "Moatless" },
  ], "Otter: Repository Agents");
  expect("A 410M-parameter model attains a WER of 1.9% on LibriSpeech-PC test-clean.", [
    { kind: "result", value: 1.9, metric: "WER", dataset: "LibriSpeech-PC test-clean", method: "Otter" },
  ], "Otter: Speech");
  expect("Codecs emit 25 to 50 tokens per second of audio. Our packing gives a fourteen-fold reduction in visual tokens.", [
    { kind: "speedup", value: 14, metric: "token count" },
  ]);
  expect("It improves the CLAP text-audio alignment score by 0.03 with only 9% additional decoding time.", [
    { kind: "delta", value: 0.03, metric: "CLAP score", vs: null },
    { kind: "delta", value: 9, unit: "%", metric: "latency" },
  ]);
});

test("losses paid for savings, skipped computations, hardware names, metrics qualified by where they were measured", () => {
  expect("Merging experts costs only 0.8 points of ARC-Challenge accuracy and skips 35% of layer computations.", [
    { kind: "delta", value: 0.8, unit: "points", metric: "accuracy" },
    { kind: "delta", value: 35, unit: "%", metric: "compute" },
  ]);
  expect("It decodes at 52 tokens/s on a single RTX 3090.", [
    { kind: "result", value: 52, metric: "tokens/s" },
  ]);
  expect("The mean accuracy over six commonsense tasks drops by only 0.9 points relative to BF16.", [
    { kind: "delta", value: 0.9, metric: "accuracy", vs: "BF16" },
  ]);
});

test("rates: robot control frequencies and video FPS are results; codec token rates and chunk sizes are setup", () => {
  expect("Heron-VLA reaches a success rate of 91.2% on LIBERO while producing actions at 95 Hz, a 19× increase in control frequency.", [
    { kind: "result", value: 91.2, metric: "success rate", dataset: "LIBERO" },
    { kind: "result", value: 95, metric: "control frequency" },
    { kind: "speedup", value: 19, metric: "inference speed" },
  ], "Heron-VLA: Fast Policies");
  expect("It streams 720p video at 21.5 FPS on a single H100 GPU.", [
    { kind: "result", value: 21.5, metric: "throughput" },
  ]);
  expect("The codec uses one codebook at 40 tokens per second, manipulators are controlled at 10 to 30 Hz, clips are sampled at 24 fps, and audio is decoded in 120 ms chunks.", []);
  expect("Our codec language model generates 410 tokens per second on a single A100.", [
    { kind: "result", value: 410, metric: "tokens/s" },
  ]);
});

test("abbreviated metrics flagged asWritten keep the abstract's own name; the vocabulary still groups them", () => {
  expect("It reaches an RTF of 0.021 and 0.91 bpb on PG-19, with a real-time factor of 0.05 on CPU.", [
    { kind: "result", value: 0.021, metric: "RTF" },
    { kind: "result", value: 0.91, metric: "bpb", dataset: "PG-19" },
    { kind: "result", value: 0.05, metric: "real-time factor" },
  ]);
});

test("benchmarks with a split or a parenthesised subset keep their metric; 'average' scores", () => {
  expect("Finch-8B achieves 70.2%, 55.0% and 44.3% on MathVista (testmini), MMMU (val) and MathVerse (vision-only), respectively.", [
    { kind: "result", value: 70.2, metric: "accuracy", dataset: "MathVista testmini" },
    { kind: "result", value: 55, metric: "accuracy", dataset: "MMMU val" },
    { kind: "result", value: 44.3, metric: "accuracy", dataset: "MathVerse (vision-only)" },
  ], "Finch: Visual Math");
  expect("It reaches an average LongBench score of 44.6.", [
    { kind: "result", value: 44.6, metric: "average score", dataset: "LongBench" },
  ]);
});

test("costs in GPU hours and added latency; frequencies sustained on a GPU; fewer frames", () => {
  expect("Packing cuts the training budget from roughly 980 to 310 A100 GPU-hours, and Finch sustains 40 Hz on a single RTX 4090.", [
    { kind: "result", value: 980, metric: "training cost", role: "baseline", qualifier: "about" },
    { kind: "result", value: 310, metric: "training cost", role: "proposed" },
    { kind: "result", value: 40, metric: "control frequency" },
  ], "Finch: Fast VLA");
  expect("The verifier adds only about 4% to per-token latency, and the model watches three times fewer frames.", [
    { kind: "delta", value: 4, unit: "%", metric: "latency", qualifier: "about" },
    { kind: "speedup", value: 3, metric: "token count" },
  ]);
});

test("fractions of a cost are speedups below one; K-written token counts from-to; chained language pairs", () => {
  expect("Training needs about half the GPU hours of the baseline, and decoding keeps roughly one fifth of the per-token latency of softmax attention.", [
    { kind: "speedup", value: 0.5, metric: "training cost", qualifier: "about" },
    { kind: "speedup", value: 0.2, metric: "latency", qualifier: "about" },
  ]);
  expect("Half of the tokens are masked during training.", []);
  expect("On AIME 2025, Wren cuts token usage from about 11.4K to 6.2K tokens per problem.", [
    { kind: "result", value: 11400, metric: "token count", dataset: "AIME 2025", role: "baseline" },
    { kind: "result", value: 6200, metric: "token count", dataset: "AIME 2025", role: "proposed" },
  ], "Wren: Brief Reasoning");
  expect("On the MuST-C En→De, En→It and En→Nl directions it gains 1.2, 0.8 and 1.5 BLEU, respectively.", [
    { kind: "delta", value: 1.2, metric: "BLEU", dataset: "MuST-C En-De" },
    { kind: "delta", value: 0.8, metric: "BLEU", dataset: "MuST-C En-It" },
    { kind: "delta", value: 1.5, metric: "BLEU", dataset: "MuST-C En-Nl" },
  ]);
});

test("subscripted metrics, bounds 'at most', smaller peak memory, as many concurrent streams", () => {
  expect("It reaches an FAD$_{\\text{CLAP}}$ of 2.03 and a perplexity bound of at most 24.1.", [
    { kind: "result", value: 2.03, metric: "FAD" },
    { kind: "result", value: 24.1, metric: "perplexity", qualifier: "up to" },
  ]);
  expect("It has a $3\\times$ smaller peak memory footprint and serves five times as many concurrent streams per GPU.", [
    { kind: "speedup", value: 3, metric: "memory" },
    { kind: "speedup", value: 5 },
  ]);
});

test("score benchmarks name their own deltas; quality ratios; design factors; 'across all model sizes'", () => {
  expect("Lark scores 0.79 on GenEval, beating Janus-Pro-7B by 0.02 on GenEval and by 1.1 points on DPG-Bench.", [
    { kind: "result", value: 0.79, metric: "GenEval", dataset: "GenEval" },
    { kind: "delta", value: 0.02, metric: "GenEval", dataset: "GenEval" },
    { kind: "delta", value: 1.1, metric: "DPG-Bench", dataset: "DPG-Bench" },
  ], "Lark: Prompt Following");
  expect("It reaches a 4.2× lower rFID than VQGAN. At a factor of 32, quality stays close. FID degrades by up to 0.2 across all model sizes.", [
    { kind: "delta", value: 4.2, unit: "x", metric: "rFID" },
    { kind: "delta", value: 0.2, metric: "FID", qualifier: "up to" },
  ]);
});

test("long-tail fields: unknown benchmark names after a value, wall-clock hours on a GPU, docking scores, offsets in expressions", () => {
  expect("It reaches an AUROC of 0.79 on GeneBank and predicts the state at $t+12$h. A decade of simulation takes 2.5 hours on a single H100 GPU.", [
    { kind: "result", value: 0.79, metric: "AUROC", dataset: "GeneBank" },
    { kind: "result", value: 2.5, metric: "latency" },
  ]);
  expect("Heron lowers the mean docking score by 0.8 kcal/mol on DRD2 and proves 41.2% of miniF2F-test theorems.", [
    { kind: "delta", value: 0.8, metric: "docking score" },
  ], "Heron: Molecules");
  expect("It reaches 0.71 on GenEval and 39.5 on MMMU.", [
    { kind: "result", value: 0.71, metric: "GenEval", dataset: "GenEval" },
    { kind: "result", value: 39.5, metric: "accuracy", dataset: "MMMU" },
  ]);
});

test("a leading resolution sets the sentence's benchmark; parallel speedups per named model; more tokens per step; generic baselines' values", () => {
  expect("On ImageNet 256×256, Moth reaches an FID of 1.61. At 512×512, the same model obtains an FID of 1.97, improving on the previous best by 0.21.", [
    { kind: "result", value: 1.61, dataset: "ImageNet 256x256" },
    { kind: "result", value: 1.97, dataset: "ImageNet 512x512" },
    { kind: "delta", value: 0.21, metric: "FID", dataset: "ImageNet 512x512" },
  ], "Moth: Scales");
  expect("Moth accelerates VAR-d30 by 2.4× and VAR-d20 by 1.9×, and accepts 1.6× more tokens per iteration.", [
    { kind: "speedup", value: 2.4, metric: "inference speed" },
    { kind: "speedup", value: 1.9, metric: "inference speed" },
    { kind: "speedup", value: 1.6, metric: "tokens per step" },
  ], "Moth: Scales");
  expect("On VBench it attains a total score of 83.9, surpassing its bidirectional teacher (83.2).", [
    { kind: "result", value: 83.9, role: "proposed" },
    { kind: "result", value: 83.2, role: "baseline", method: "bidirectional teacher" },
  ]);
});

test("a leading benchmark list despite a later benchmark; compared values on their reference's benchmark; speedups 'over X on D'", () => {
  expect("On AIME 2024 and AIME 2025, Kite improves accuracy by 6.2% relative to a sequential model; on MATH-500 it reaches 90.1% accuracy.", [
    { kind: "delta", value: 6.2, metric: "accuracy", dataset: "AIME 2024, AIME 2025" },
    { kind: "result", value: 90.1, metric: "accuracy" },
  ], "Kite: Parallel Reasoning");
  expect("Kite reaches 81.0% accuracy on GSM8K, compared with 79.4% for the default sampler, and 41.5% pass@1 on HumanEval.", [
    { kind: "result", value: 81, dataset: "GSM8K", role: "proposed" },
    { kind: "result", value: 79.4, dataset: "GSM8K", role: "baseline" },
    { kind: "result", value: 41.5, metric: "pass@1", dataset: "HumanEval" },
  ], "Kite: Parallel Reasoning");
  expect("Across MT-Bench, GSM8K and Alpaca, Kite delivers a 3.1× wall-clock speedup over vanilla decoding on MT-Bench.", [
    { kind: "speedup", value: 3.1, dataset: "MT-Bench" },
  ], "Kite: Parallel Reasoning");
});

test("named rates and ratios the vocabulary does not know, but not training settings", () => {
  expect("Otter achieves a match rate of 68.2% on MP-20 and a realism meta-metric of 0.77. It uses a learning rate of 0.0003 and a masking ratio of 0.5.", [
    { kind: "result", value: 68.2, unit: "%", metric: "match rate" },
    { kind: "result", value: 0.77, metric: "realism meta-metric" },
  ], "Otter: Crystals");
});

test("list members share the first member's inferred metric; a metric named last in a phrase", () => {
  expect("Wren reduces the number of generated tokens on GSM8K and MATH500 by 38.2% and 33.0%, respectively, while accuracy stays within 0.3 points.", [
    { kind: "delta", value: 38.2, metric: "token count", dataset: "GSM8K" },
    { kind: "delta", value: 33, metric: "token count", dataset: "MATH500" },
    { kind: "delta", value: 0.3, metric: "accuracy" },
  ], "Wren: Early Stopping");
  expect("On UCF-101 it reaches an rFVD of 38.9 and improves generation FVD by 19%.", [
    { kind: "result", value: 38.9, metric: "rFVD", dataset: "UCF-101" },
    { kind: "delta", value: 19, metric: "FVD", dataset: "UCF-101" },
  ]);
});

test("design sizes glued with a hyphen, token grids, overheads stated with 'is', named splits of a figure", () => {
  expect("Images use a 8,192-entry codebook and two codebooks of 4,096 entries each. The memory overhead of the cache is 4%.", [
    { kind: "delta", value: 4, unit: "%", metric: "memory" },
  ]);
  expect("On ImageNet 256×256 it consumes 3× fewer tokens than the 16×16 grids of LlamaGen.", [
    { kind: "speedup", value: 3, metric: "token count", dataset: "ImageNet 256x256" },
  ]);
  expect("Gull reaches 2.2% and 4.9% WER on LibriSpeech test-clean and test-other, reducing WER on test-other by 6% relative to the CTC baseline.", [
    { kind: "result", value: 2.2, dataset: "LibriSpeech test-clean" },
    { kind: "result", value: 4.9, dataset: "LibriSpeech test-other" },
    { kind: "delta", value: 6, metric: "WER", dataset: "LibriSpeech test-other" },
  ], "Gull: Streaming ASR");
});

test("elided metric pairs: 'word and character error rates', 'color and texture binding'", () => {
  expect("On Seed-TTS test-zh it reaches word and character error rates of 2.4 and 1.5, and improves color and texture binding by 7.2% and 5.0%.", [
    { kind: "result", value: 2.4, metric: "WER" },
    { kind: "result", value: 1.5, metric: "CER" },
    { kind: "delta", value: 7.2, metric: "color binding" },
    { kind: "delta", value: 5, metric: "texture binding" },
  ]);
  expect("It gets a WER and speaker similarity of 1.7 and 0.66.", [
    { kind: "result", value: 1.7, metric: "WER" },
    { kind: "result", value: 0.66, metric: "speaker similarity" },
  ]);
});

test("'respectively' over values with metrics of their own; the value reached after a change", () => {
  expect("Lark gives a 1.7x decoding speedup on XSum and 1.4x on MBPP, with a ROUGE-L drop of 0.2 and a pass@1 drop of 0.5 points, respectively.", [
    { kind: "speedup", value: 1.7, dataset: "XSum" },
    { kind: "speedup", value: 1.4, dataset: "MBPP" },
    { kind: "delta", value: 0.2, metric: "ROUGE-L", dataset: "XSum" },
    { kind: "delta", value: 0.5, metric: "pass@1", dataset: "MBPP" },
  ], "Lark: Layer Skipping");
  expect("Lark improves ChartQA accuracy by 5.1 points over the base model, reaching 84.2%, and attains 61.0% on MathVista.", [
    { kind: "delta", value: 5.1, dataset: "ChartQA" },
    { kind: "result", value: 84.2, dataset: "ChartQA" },
    { kind: "result", value: 61, dataset: "MathVista" },
  ], "Lark: Charts");
});

test("an opening 'On D,' governs until another benchmark is named; 'improves D accuracy by'; design lookahead windows", () => {
  expect("On GenEval, Finch achieves an overall score of 0.84, surpassing Janus-Pro-7B by 0.04, and it outperforms the same model by 2.1 points on DPG-Bench.", [
    { kind: "result", value: 0.84, dataset: "GenEval" },
    { kind: "delta", value: 0.04, dataset: "GenEval", metric: "GenEval" },
    { kind: "delta", value: 2.1, dataset: "DPG-Bench", metric: "DPG-Bench" },
  ], "Finch: Unified Models");
  expect("Finch-7B improves GSM8K accuracy by 3.9 points over Dream-7B and attains a perplexity of 15.2 on OpenWebText, with a lookahead of only 120 ms.", [
    { kind: "delta", value: 3.9, metric: "accuracy", dataset: "GSM8K", vs: "Dream-7B" },
    { kind: "result", value: 15.2, metric: "perplexity", dataset: "OpenWebText" },
  ], "Finch: Diffusion LMs");
});

test("compared values 'vs. N with X' and 'of the original model (N)'; 'less inference compute'; data frame rates", () => {
  expect("With Owl, LlamaGen-XL attains an FID of 18.91 (vs. 18.85 with standard sampling), matching the CLIP score of the original model (0.316).", [
    { kind: "result", value: 18.91, metric: "FID", role: "proposed" },
    { kind: "result", value: 18.85, metric: "FID", role: "baseline", method: "standard sampling" },
    { kind: "result", value: 0.316, metric: "CLIP score", role: "baseline", method: "original model" },
  ], "Owl: Jacobi Decoding");
  expect("Owl requires about 20% less inference compute and generates 4-second clips at 24 frames per second.", [
    { kind: "delta", value: 20, metric: "compute", qualifier: "about" },
  ], "Owl: Video");
});
