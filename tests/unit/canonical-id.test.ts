import { describe, expect, it } from "vitest";
import { canonicalPaperId } from "../../lib/papers/canonical-id.ts";

describe("canonicalPaperId", () => {
  it.each([
    ["1706.03762", "arxiv:1706.03762"],
    ["1706.03762v7", "arxiv:1706.03762"],
    ["arXiv:1706.03762", "arxiv:1706.03762"],
    ["https://arxiv.org/abs/1706.03762", "arxiv:1706.03762"],
    ["https://arxiv.org/abs/1706.03762v5", "arxiv:1706.03762"],
    ["http://arxiv.org/pdf/1706.03762v5.pdf", "arxiv:1706.03762"],
    ["https://arxiv.org/pdf/2401.00001", "arxiv:2401.00001"],
    ["arxiv.org/abs/2310.06825", "arxiv:2310.06825"],
    ["https://www.arxiv.org/html/2405.04434v2", "arxiv:2405.04434"],
    ["hep-th/9901001", "arxiv:hep-th/9901001"],
    ["https://arxiv.org/abs/hep-th/9901001v3", "arxiv:hep-th/9901001"],
    ["math.GT/0309136", "arxiv:math.GT/0309136"],
    ["10.1162/neco.1997.9.8.1735", "doi:10.1162/neco.1997.9.8.1735"],
    ["doi:10.1038/NATURE14539", "doi:10.1038/nature14539"],
    ["https://doi.org/10.1038/323533a0", "doi:10.1038/323533a0"],
    ["https://dx.doi.org/10.1145/3065386", "doi:10.1145/3065386"],
    ["https://openreview.net/forum?id=abc123&utm_source=x", "url:https://openreview.net/forum?id=abc123"],
    ["http://www.example.com/paper/?b=2&a=1#section", "url:https://example.com/paper/?a=1&b=2"],
    ["https://example.com/paper/", "url:https://example.com/paper"],
  ])("%s → %s", (input, canonical) => {
    expect(canonicalPaperId(input)?.canonicalId).toBe(canonical);
  });

  it.each(["", "   ", "not a paper", "javascript:alert(1)", "ftp://example.com/x.pdf", "1706.037", "localhost/paper"])(
    "does not understand %j",
    (input) => {
      expect(canonicalPaperId(input)).toBeNull();
    },
  );

  it("links an arXiv paper to its abstract page", () => {
    expect(canonicalPaperId("arxiv.org/pdf/1706.03762v7")).toMatchObject({
      source: "ARXIV",
      arxivId: "1706.03762",
      doi: null,
      url: "https://arxiv.org/abs/1706.03762",
    });
  });
});
