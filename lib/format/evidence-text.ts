// Evidence as a reader sees it: the stored span stays exact (offsets, exports); pages show LaTeX and markdown rendered
// to plain Unicode ("$4.04\times$" → "4.04×", "**65x**" → "65x", "2.2times faster" → "2.2× faster").

const COMMANDS: [RegExp, string][] = [
  [/\\times(?![A-Za-z])/g, "×"],
  [/\\(?:sim|thicksim)(?![A-Za-z])/g, "∼"],
  [/\\approx(?![A-Za-z])/g, "≈"],
  [/\\(?:rightarrow|to|longrightarrow)(?![A-Za-z])/g, "→"],
  [/\\leftarrow(?![A-Za-z])/g, "←"],
  [/\\(?:leq|le)(?![A-Za-z])/g, "≤"],
  [/\\(?:geq|ge)(?![A-Za-z])/g, "≥"],
  [/\\pm(?![A-Za-z])/g, "±"],
  [/\\cdot(?![A-Za-z])/g, "·"],
  [/\\(?:%|\$|&|#|_)/g, "$&"],
  [/\\[,;:! ]/g, " "],
  [/\\(?:text(?:bf|it|sc|tt|rm)?|math(?:rm|bf|it|sf|tt|cal)|emph|textsc|operatorname)\s*\{([^{}]*)\}/g, "$1"],
  [/\\(?:eg|ie)(?![A-Za-z])/g, ""],
];
const SUPERSCRIPT: Record<string, string> = { "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹", "-": "⁻" };

export function readableEvidence(s: string): string {
  let t = s;
  for (const [re, to] of COMMANDS) t = to === "$&" ? t.replace(re, (m) => m.slice(1)) : t.replace(re, to);
  t = t.replace(/\^\{?(-?\d{1,3})\}?/g, (_, d: string) => [...d].map((c) => SUPERSCRIPT[c] ?? c).join(""));
  // math delimiters and grouping braces
  t = t.replace(/\$/g, "").replace(/(?<!\\)[{}]/g, "");
  // markdown emphasis
  t = t.replace(/\*\*([^*]+)\*\*/g, "$1").replace(/(?<![\w*])\*([^*\s][^*]*)\*(?![\w*])/g, "$1");
  // LaTeX whose backslashes were lost on the way: "2.2times faster", "100timessim600times", "ktimes k"
  t = t.replace(/(\d)times\s?sim\s?(\d)/g, "$1×–$2").replace(/(\d|\b[a-zA-Z])times(?![a-z])/g, "$1×");
  return t.replace(/\s{2,}/g, " ").trim();
}
