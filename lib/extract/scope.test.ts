import { test } from "node:test";
import assert from "node:assert/strict";
import { asideSpans, averaged, settings, settingShift } from "./scope";
import { hasWordNumber } from "./lists";

test("asideSpans: e.g. / such as asides, nested parentheses followed", () => {
  const t = "Gains on three tasks (e.g. Foo (1.2) vs Bar (3.4) on XSum) and more (see below).";
  const s = asideSpans(t, 0, t.length);
  assert.equal(s.length, 1);
  assert.equal(t.slice(s[0][0], s[0][1]), "(e.g. Foo (1.2) vs Bar (3.4) on XSum)");
  assert.deepEqual(asideSpans("A (such as B) and C (D).", 0, 24).length, 1);
});

test("averaged: 'on average' after, 'an average of' before", () => {
  const t = "improves by +1.2 BLEU on average";
  assert.equal(averaged(t, 0, t.length, t.indexOf("+1.2"), t.indexOf("+1.2") + 4), true);
  const u = "by an average of 3.1 points";
  assert.equal(averaged(u, 0, u.length, u.indexOf("3.1"), u.indexOf("3.1") + 3), true);
  const v = "reaches 3.1 points on MMLU";
  assert.equal(averaged(v, 0, v.length, v.indexOf("3.1"), v.indexOf("3.1") + 3), false);
});

test("settings and settingShift", () => {
  assert.deepEqual(settings("For text-to-image generation and class-conditional synthesis"), ["text-to-image", "class-conditional"]);
  assert.equal(settingShift("In text-to-image generation, FID is 7.2.", "On ImageNet 256x256, FID is 1.9."), true);
  assert.equal(settingShift("It reaches an FID of 2.0.", "On ImageNet, FID is 1.9."), false);
  assert.equal(settingShift("For summarization, ROUGE-L is 40.", "On summarization (XSum) we test."), false);
});


test("hasWordNumber", () => {
  assert.equal(hasWordNumber("ten times faster"), true);
  assert.equal(hasWordNumber("FID of 2.1"), false);
});
