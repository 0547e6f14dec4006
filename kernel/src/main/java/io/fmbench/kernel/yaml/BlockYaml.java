package io.fmbench.kernel.yaml;

import com.fasterxml.jackson.core.io.NumberInput;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * A fast reader for the plain block-style YAML that eval records are written in (nested mappings, block sequences,
 * one-line flow collections, plain and simply quoted scalars). SnakeYAML through Jackson costs most of a 10,000-record
 * leaderboard rebuild; this reads the same records many times faster. It gives exactly what {@link LocatedYaml}'s
 * SnakeYAML path gives (same values, same Java types, same field lines) or, for anything outside its subset (anchors,
 * tags, block scalars, multi-line scalars, escapes, duplicate keys, syntax errors, ...), null: the caller then uses
 * SnakeYAML, which also words the errors.
 */
final class BlockYaml {

    /** Thrown (without a stack trace) when the text leaves the subset; parse() turns it into null. */
    private static final RuntimeException OUTSIDE = new RuntimeException("outside the block-YAML subset", null, false, false) {};

    /** The resolver Jackson's YAML parser uses for plain scalars; read-only after construction, so shareable. */
    private static final Resolver RESOLVER = new Resolver();

    private final String s;
    /** Whether field paths and their lines are recorded (null paths otherwise: building them is a third of the work). */
    private final boolean track;
    private final Map<String, Integer> lines;
    private int lineNo;       // 1-based number of the current line
    private int lineStart;    // index of its first character
    private int lineEnd;      // index of its '\n' (or the text's end)
    private int indent = -1;  // its indentation; -1 at the end of the text

    private BlockYaml(String s, boolean track) {
        this.s = s;
        this.track = track;
        this.lines = track ? new HashMap<>() : null;
    }

    /** The document (its lines read when first asked), or null when the text is outside the subset (then SnakeYAML must read it). */
    static LocatedYaml.Doc parse(String text) {
        BlockYaml y = new BlockYaml(text, false);
        Object root = y.document();
        return root == OUTSIDE ? null : LocatedYaml.Doc.withLinesLater(root, text);
    }

    /** The line of each field path of a text that {@link #parse} read. */
    static Map<String, Integer> lines(String text) {
        BlockYaml y = new BlockYaml(text, true);
        if (y.document() == OUTSIDE) throw new IllegalStateException("lines asked of a text the block reader did not read");
        return y.lines;
    }

    /** The root mapping, or OUTSIDE. */
    private Object document() {
        if (!plainCharacters(s)) return OUTSIDE;
        try {
            lineEnd = -1;
            advance();
            if (indent != 0 || isDash() || s.startsWith("---", lineStart)) return OUTSIDE;
            if (track) lines.put("", lineNo);
            Object root = mapping(0, "");
            return indent == -1 ? root : OUTSIDE;
        } catch (RuntimeException e) {
            if (e == OUTSIDE) return OUTSIDE;
            throw e;
        }
    }

    /** No tabs, carriage returns, control characters, byte-order marks, YAML 1.1 line breaks or surrogates. */
    private static boolean plainCharacters(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c < 0x20 ? c != '\n' : c >= 0x7F && (c <= 0x9F || c == 0x2028 || c == 0x2029 || c >= 0xD800))
                return false;
        }
        return true;
    }

    private static RuntimeException outside() {
        return OUTSIDE;
    }

    /** Moves to the next line that is neither blank nor a comment. */
    private void advance() {
        int n = s.length();
        int start = lineEnd + 1;
        while (start < n) {
            lineNo++;
            int end = s.indexOf('\n', start);
            if (end < 0) end = n;
            int i = start;
            while (i < end && s.charAt(i) == ' ') i++;
            if (i < end && s.charAt(i) != '#') {
                lineStart = start;
                lineEnd = end;
                indent = i - start;
                return;
            }
            start = end + 1;
        }
        lineNo++;
        lineStart = lineEnd = n;
        indent = -1;
    }

    private boolean isDash() {
        int c = lineStart + indent;
        return c < lineEnd && s.charAt(c) == '-' && (c + 1 == lineEnd || s.charAt(c + 1) == ' ');
    }

    /** A block mapping whose keys sit at column {@code ind} of the current line and of the following lines. */
    private Map<String, Object> mapping(int ind, String path) {
        Map<String, Object> map = new LinkedHashMap<>();
        while (indent == ind) {
            if (isDash()) throw outside();
            int keyAt = lineStart + ind;
            int colon = keyEnd(keyAt);
            if (colon < 0) throw outside();
            String key = s.charAt(keyAt) == '"' || s.charAt(keyAt) == '\'' ? quoted(keyAt, colon) : s.substring(keyAt, colon);
            String child = track ? path.isEmpty() ? key : path + "." + key : null;
            if (track) lines.put(child, lineNo);
            int v = skipSpaces(colon + 1);
            Object value;
            if (v == lineEnd || s.charAt(v) == '#') { // nothing (or only a comment) after the key: a nested block
                advance();
                if (indent > ind) value = block(child);
                else if (indent == ind && isDash()) value = sequence(ind, child);
                else throw outside(); // an empty value: Jackson's reading of it is not worth copying
            } else if (isBlockScalarHeader(v)) {
                value = blockScalar(ind, s.charAt(v) == '|', trimEnd(v, lineEnd) == v + 2);
                advance();
            } else {
                value = inline(v, child);
                advance();
                if (indent > ind) throw outside(); // a scalar continued on the next lines
            }
            int size = map.size();
            map.put(key, value);
            if (map.size() == size) throw outside(); // a duplicate key: SnakeYAML's path reports it with both lines
        }
        return map;
    }

    private Object block(String path) {
        return isDash() ? sequence(indent, path) : mapping(indent, path);
    }

    /** A block sequence whose dashes sit at column {@code ind}. */
    private List<Object> sequence(int ind, String path) {
        List<Object> list = new ArrayList<>();
        while (indent == ind && isDash()) {
            String child = track ? path + "[" + list.size() + "]" : null;
            if (track) lines.put(child, lineNo);
            int v = skipSpaces(lineStart + ind + 1);
            if (v == lineEnd) throw outside();
            if (s.charAt(v) == '-' && (v + 1 == lineEnd || s.charAt(v + 1) == ' ')) {
                indent = v - lineStart; // "- - x" opens a sequence whose dashes line up with the second one
                list.add(sequence(indent, child));
            } else if (keyEnd(v) >= 0) {
                indent = v - lineStart; // "- key: value" opens a mapping whose keys line up with this one
                list.add(mapping(indent, child));
            } else {
                list.add(inline(v, child));
                advance();
                if (indent > ind) throw outside();
            }
        }
        return list;
    }

    /**
     * If a mapping key starts at {@code at} on the current line, the index of its ':' (followed by a space or the line
     * end); otherwise -1.
     */
    private int keyEnd(int at) {
        char f = s.charAt(at);
        if (f == '"' || f == '\'') {
            int close = closingQuote(at);
            return close >= 0 && close + 1 < lineEnd && s.charAt(close + 1) == ':' && (close + 2 == lineEnd || s.charAt(close + 2) == ' ')
                    ? close + 1 : -1;
        }
        if (!plainStart(at)) return -1;
        for (int i = at; i < lineEnd; i++) {
            char c = s.charAt(i);
            if (c == '#') return -1;
            if (c == ':' && (i + 1 == lineEnd || s.charAt(i + 1) == ' ')) return s.charAt(i - 1) == ' ' ? -1 : i;
        }
        return -1;
    }

    /** Whether a plain scalar may start at {@code at}: not an indicator, nor '-', '?', ':' before a space. */
    private boolean plainStart(int at) {
        char c = s.charAt(at);
        if ("[]{}#&*!|>'\"%@`,<=~".indexOf(c) >= 0) return false;
        return !(c == '-' || c == '?' || c == ':') || at + 1 < lineEnd && s.charAt(at + 1) != ' ';
    }

    /** "|", "|-", ">" or ">-" alone (then the scalar's text follows on more indented lines); other headers leave the subset. */
    private boolean isBlockScalarHeader(int at) {
        char c = s.charAt(at);
        if (c != '|' && c != '>') return false;
        int end = trimEnd(at, lineEnd);
        return end == at + 1 || end == at + 2 && s.charAt(at + 1) == '-';
    }

    /**
     * A literal (|) or folded (>) block scalar under a key at column {@code parent}, clipped (one final newline) or
     * stripped (-). Only the simple case: every line of the text at one indentation, no blank line inside it and no
     * trailing spaces (YAML's folding rules for the rest are not worth copying). Leaves the last line of the text
     * as the current one.
     */
    private String blockScalar(int parent, boolean literal, boolean strip) {
        int n = s.length();
        List<String> parts = new ArrayList<>();
        int textIndent = -1;
        for (int start = lineEnd + 1; start < n; ) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = n;
            int i = start;
            while (i < end && s.charAt(i) == ' ') i++;
            if (i == end) { // a blank line: the text must end here (blank lines inside it fold by rules not copied)
                if (nextTextIndent(end + 1) > parent) throw outside();
                break;
            }
            if (i - start <= parent) break;
            if (textIndent < 0) textIndent = i - start;
            else if (i - start != textIndent) throw outside();
            if (s.charAt(end - 1) == ' ') throw outside();
            parts.add(s.substring(i, end));
            lineNo++;
            lineEnd = end;
            start = end + 1;
        }
        if (parts.isEmpty()) throw outside();
        return String.join(literal ? "\n" : " ", parts) + (strip ? "" : "\n");
    }

    /** Indentation of the first non-blank line from index {@code from}, or -1 at the text's end. */
    private int nextTextIndent(int from) {
        int n = s.length();
        for (int start = from; start < n; ) {
            int end = s.indexOf('\n', start);
            if (end < 0) end = n;
            int i = start;
            while (i < end && s.charAt(i) == ' ') i++;
            if (i < end) return i - start;
            start = end + 1;
        }
        return -1;
    }

    /**
     * Where the value that starts at {@code at} ends on the current line: before a trailing comment (a '#' after a
     * space, outside quotes and brackets) and the spaces before it.
     */
    private int valueEnd(int at) {
        char f = s.charAt(at);
        int close = -1;
        if (f == '"' || f == '\'') close = closingQuote(at);
        else if (f == '[' || f == '{') {
            for (int i = at + 1; i < lineEnd && close < 0; i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\'') {
                    i = closingQuote(i);
                    if (i < 0) return trimEnd(at, lineEnd);
                } else if (c == ']' || c == '}') close = i;
            }
        } else {
            for (int i = at + 1; i < lineEnd; i++) if (s.charAt(i) == '#' && s.charAt(i - 1) == ' ') return trimEnd(at, i);
            return trimEnd(at, lineEnd);
        }
        if (close < 0) return trimEnd(at, lineEnd);
        int after = skipSpaces(close + 1);
        return after < lineEnd && s.charAt(after) == '#' && after > close + 1 ? close + 1 : trimEnd(at, lineEnd);
    }

    /** The value written on the rest of the current line from {@code at}. */
    private Object inline(int at, String path) {
        int end = valueEnd(at);
        char f = s.charAt(at);
        if (f == '"' || f == '\'') {
            int close = closingQuote(at);
            if (close + 1 != end) throw outside();
            return quoted(at, close + 1);
        }
        if (f == '[' || f == '{') return flow(at, end, path);
        if (f == '~' && end == at + 1) return null;
        if (!plainStart(at)) throw outside();
        for (int i = at; i < end; i++) {
            char c = s.charAt(i);
            if (c == '#' || c == ':' && (i + 1 == end || s.charAt(i + 1) == ' ')) throw outside();
        }
        return scalar(s.substring(at, end));
    }

    /** A one-line flow sequence or mapping of scalars, e.g. {@code [0.41, 0.6]} or {@code {name: AUROC, direction: higher}}. */
    private Object flow(int at, int end, String path) {
        boolean isMap = s.charAt(at) == '{';
        if (s.charAt(end - 1) != (isMap ? '}' : ']')) throw outside();
        Map<String, Object> map = isMap ? new LinkedHashMap<>() : null;
        List<Object> list = isMap ? null : new ArrayList<>();
        int i = skipSpaces(at + 1);
        int close = end - 1;
        if (i == close) return isMap ? map : list;
        while (true) {
            int comma = flowItemEnd(i, close);
            int itemEnd = trimEnd(i, comma);
            if (itemEnd == i) throw outside();
            if (isMap) {
                int colon = s.indexOf(": ", i);
                if (colon < 0 || colon >= itemEnd) throw outside();
                String key = flowScalar(i, trimEnd(i, colon)) instanceof String k && !k.isEmpty() ? k : null;
                if (key == null || s.charAt(i) != '"' && s.charAt(i) != '\'' && !key.equals(s.substring(i, trimEnd(i, colon))))
                    throw outside();
                if (map.containsKey(key)) throw outside();
                if (track) lines.put(path + "." + key, lineNo);
                map.put(key, flowScalar(skipSpaces(colon + 1), itemEnd));
            } else {
                if (track) lines.put(path + "[" + list.size() + "]", lineNo);
                list.add(flowScalar(i, itemEnd));
            }
            if (comma == close) return isMap ? map : list;
            i = skipSpaces(comma + 1);
            if (i == close) throw outside(); // a trailing comma
        }
    }

    /** The index of the ',' ending the flow item at {@code at}, or {@code close}. Quotes and nesting leave the subset. */
    private int flowItemEnd(int at, int close) {
        for (int i = at; i < close; i++) {
            char c = s.charAt(i);
            if (c == ',') return i;
            if ("[]{}\"'#".indexOf(c) >= 0 && !(i == at && (c == '"' || c == '\''))) throw outside();
            if (c == '"' || c == '\'') {
                i = closingQuote(i);
                if (i < 0) throw outside();
            }
        }
        return close;
    }

    private Object flowScalar(int at, int end) {
        if (at >= end) throw outside();
        char f = s.charAt(at);
        if (f == '"' || f == '\'') {
            int close = closingQuote(at);
            if (close + 1 != end) throw outside();
            return quoted(at, close + 1);
        }
        if (!plainStart(at)) throw outside();
        for (int i = at; i < end; i++) if (s.charAt(i) == ':') throw outside();
        return scalar(s.substring(at, end));
    }

    /** The index of the quote closing the one at {@code at} on this line, or -1; double quotes with escapes leave the subset. */
    private int closingQuote(int at) {
        char q = s.charAt(at);
        for (int i = at + 1; i < lineEnd; i++) {
            char c = s.charAt(i);
            if (q == '"' && c == '\\') throw outside();
            if (c == q) {
                if (q == '\'' && i + 1 < lineEnd && s.charAt(i + 1) == '\'') {
                    i++;
                    continue;
                }
                return i;
            }
        }
        return -1;
    }

    /** The text of the quoted scalar spanning [at, end) (quotes included). */
    private String quoted(int at, int end) {
        String inner = s.substring(at + 1, end - 1);
        return s.charAt(at) == '\'' ? inner.replace("''", "'") : inner;
    }

    /**
     * A plain scalar typed as Jackson types it (through SnakeYAML's YAML 1.1 resolver): null, booleans, decimal integers
     * (Long) and decimal floats (Double) are read here; the other words the resolver calls null or bool (yes, off, ...)
     * and other spellings of numbers (0x1F, 1_000, .inf, ...) leave the subset; the rest (words, dates, hashes,
     * versions) are strings.
     */
    static Object scalar(String v) {
        char f = v.charAt(0);
        if (f >= 'a' && f <= 'z' || f >= 'A' && f <= 'Z') {
            if (v.length() > 5) return v;
            return switch (v) {
                case "null", "Null", "NULL" -> null;
                case "true", "True", "TRUE" -> Boolean.TRUE;
                case "false", "False", "FALSE" -> Boolean.FALSE;
                case "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF" -> throw outside();
                default -> v;
            };
        }
        if ("-+.0123456789".indexOf(f) < 0) return v;
        Object n = decimal(v);
        if (n != null) return n;
        if (!mayBeNumber(v)) return v;
        Tag t = RESOLVER.resolve(NodeId.scalar, v, true);
        if (t == Tag.NULL || t == Tag.BOOL || t == Tag.INT || t == Tag.FLOAT) throw outside();
        return v;
    }

    /**
     * False when the resolver's int and float patterns cannot match: a letter other than an exponent's e (outside the
     * 0x / 0b / .inf / .nan forms), or a sign inside that does not follow an exponent's e, as in dates.
     */
    private static boolean mayBeNumber(String v) {
        int n = v.length(), i = v.charAt(0) == '-' || v.charAt(0) == '+' ? 1 : 0;
        if (i == n || v.charAt(i) == '.' || v.charAt(i) == '0' && i + 1 < n && "xXbB".indexOf(v.charAt(i + 1)) >= 0) return true;
        for (int k = i; k < n; k++) {
            char c = v.charAt(k);
            if (isDigit(c) || c == '_' || c == '.' || c == ':' || c == 'e' || c == 'E') continue;
            if ((c == '-' || c == '+') && (v.charAt(k - 1) == 'e' || v.charAt(k - 1) == 'E')) continue;
            return false;
        }
        return true;
    }

    /** {@code -?(0|[1-9][0-9]{0,17})} as a Long, {@code -?(0|[1-9][0-9]*)\.[0-9]+([eE][-+]?[0-9]{1,3})?} as a Double, else null. */
    static Object decimal(String v) {
        int n = v.length(), i = v.charAt(0) == '-' ? 1 : 0;
        int intStart = i;
        while (i < n && isDigit(v.charAt(i))) i++;
        int intDigits = i - intStart;
        if (intDigits == 0 || intDigits > 1 && v.charAt(intStart) == '0') return null;
        if (i == n) return intDigits <= 18 ? (Object) Long.parseLong(v) : null;
        if (v.charAt(i) != '.') return null;
        int frac = ++i;
        while (i < n && isDigit(v.charAt(i))) i++;
        int fracEnd = i;
        if (i == frac) return null;
        int exp10 = 0;
        if (i < n) {
            if (v.charAt(i) != 'e' && v.charAt(i) != 'E') return null;
            i++;
            boolean negExp = i < n && v.charAt(i) == '-';
            if (i < n && (v.charAt(i) == '-' || v.charAt(i) == '+')) i++;
            int exp = i;
            while (i < n && isDigit(v.charAt(i))) exp10 = exp10 * 10 + v.charAt(i++) - '0';
            if (i != n || i == exp || i - exp > 3) return null;
            if (negExp) exp10 = -exp10;
        }
        return shortDecimal(v, intStart, frac - 1, fracEnd, exp10);
    }

    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
            1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};

    /**
     * Digits [intStart, dot) and (dot, fracEnd) times 10^exp10. Up to 15 significant digits and a power of ten up to 22 are
     * both exact doubles, so one multiplication or division rounds correctly (Clinger's fast path) and equals
     * {@link Double#parseDouble}. Longer digit strings (Python writes 17) go to Jackson's bundled FastDoubleParser,
     * which is also correctly rounded and several times faster than the JDK's for them.
     */
    private static double shortDecimal(String v, int intStart, int dot, int fracEnd, int exp10) {
        long m = 0;
        int significant = 0;
        for (int i = intStart; i < fracEnd; i++) {
            if (i == dot) continue;
            int d = v.charAt(i) - '0';
            if (significant > 0 || d != 0) significant++;
            m = m * 10 + d;
            if (significant > 15) return NumberInput.parseDouble(v, true);
        }
        int e = exp10 - (fracEnd - dot - 1);
        if (e < -22 || e > 22) return NumberInput.parseDouble(v, true);
        double x = e < 0 ? m / POW10[-e] : m * POW10[e];
        return intStart > 0 ? -x : x;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private int skipSpaces(int i) {
        while (i < lineEnd && s.charAt(i) == ' ') i++;
        return i;
    }

    private int trimEnd(int from, int end) {
        while (end > from && s.charAt(end - 1) == ' ') end--;
        return end;
    }
}
