import { test } from "node:test";
import assert from "node:assert/strict";
import { BadParam, ClaimsQuery, parseQuery } from "./api-params";

const parse = (qs: string) => parseQuery(ClaimsQuery, new URLSearchParams(qs));
function bad(qs: string, param: string) {
  assert.throws(() => parse(qs), (e: unknown) => e instanceof BadParam && e.parameter === param && e.message.startsWith(`${param}: `));
}

test("valid queries, defaults, empty values ignored", () => {
  assert.deepEqual(parse(""), { limit: 100, offset: 0 });
  assert.deepEqual(parse("dataset=ImageNet+256x256&metric=fid&kind=result&limit=5&offset=10&q="), {
    dataset: "ImageNet 256x256", metric: "fid", kind: "result", limit: 5, offset: 10,
  });
});

test("bad parameters are named", () => {
  bad("limit=0", "limit");
  bad("limit=abc", "limit");
  bad("limit=2.5", "limit");
  bad("limit=100000", "limit");
  bad("offset=-1", "offset");
  bad("kind=fast", "kind");
  bad("foo=1", "foo");
  bad("dataset=a&dataset=b", "dataset");
  bad(`q=${"x".repeat(300)}`, "q");
});
