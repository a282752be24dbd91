package org.onus.core.screening;

import java.util.Arrays;
import org.onus.core.designation.ListedProducer;

/**
 * {@link ListedProducer#normalise(String)} with a fast path for plain ASCII names (almost all
 * declared names): the same result, without regular expressions or Unicode normalisation.
 */
final class ProducerNames {

    /** The legal forms {@link ListedProducer#normalise(String)} drops, as whole words. */
    private static final String[] LEGAL_FORMS = ListedProducer.legalForms();

    private ProducerNames() {}

    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        int n = name.length();
        for (int i = 0; i < n; i++) {
            if (name.charAt(i) >= 0x80) {
                return ListedProducer.normalise(name);
            }
        }
        StringBuilder out = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            while (i < n && !alnum(name.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && alnum(name.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            int mark = out.length();
            if (mark > 0) {
                out.append(' ');
            }
            int tokenStart = out.length();
            for (int k = start; k < i; k++) {
                char c = name.charAt(k);
                out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            if (legalForm(out, tokenStart)) {
                out.setLength(mark);
            } else if (!ListedProducer.VARIANTS.isEmpty()) {
                String canonical = ListedProducer.VARIANTS.get(out.substring(tokenStart));
                if (canonical != null) {
                    out.setLength(tokenStart);
                    out.append(canonical);
                }
            }
        }
        return out.toString();
    }

    /**
     * The {@link String#hashCode()} of the normalised name, computed without building it, so that
     * a name no listing can have costs no allocation; -1 when the name is not plain ASCII (then
     * only {@link #normalise(String)} can tell).
     */
    static long hashOfNormalised(String name) {
        int n = name.length();
        int hash = 0;
        boolean first = true;
        int i = 0;
        while (i < n) {
            char c = name.charAt(i);
            if (c >= 0x80) {
                return -1;
            }
            if (!alnum(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && alnum(name.charAt(i))) {
                i++;
            }
            if (legalForm(name, start, i)) {
                continue;
            }
            if (!first) {
                hash = 31 * hash + ' ';
            }
            first = false;
            int saved = hash;
            int token = 0;
            for (int k = start; k < i; k++) {
                char l = lower(name.charAt(k));
                hash = 31 * hash + l;
                token = 31 * token + l;
            }
            if (Arrays.binarySearch(VARIANT_HASHES, token) >= 0) {
                String canonical = variant(name, start, i);
                if (canonical != null) {
                    hash = saved;
                    for (int k = 0; k < canonical.length(); k++) {
                        hash = 31 * hash + canonical.charAt(k);
                    }
                }
            }
        }
        return hash & 0xFFFF_FFFFL;
    }

    /** The hash codes of the variant spellings, sorted: a token is looked up only when its hash is one. */
    private static final int[] VARIANT_HASHES = ListedProducer.VARIANTS.keySet().stream()
            .mapToInt(String::hashCode)
            .sorted()
            .toArray();

    /** The canonical spelling of the token, when it is a known variant. */
    private static String variant(String name, int start, int end) {
        int length = end - start;
        char[] token = new char[length];
        for (int k = 0; k < length; k++) {
            token[k] = lower(name.charAt(start + k));
        }
        return ListedProducer.VARIANTS.get(new String(token));
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Whether the token of {@code name} from start to end is a legal form, in any case. */
    private static boolean legalForm(String name, int start, int end) {
        String[] candidates = formsLike(end - start, lower(name.charAt(start)));
        if (candidates == null) {
            return false;
        }
        int length = end - start;
        for (String form : candidates) {
            int c = 1;
            while (c < length && lower(name.charAt(start + c)) == form.charAt(c)) {
                c++;
            }
            if (c == length) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text from {@code start} to the end is a legal form; compared in place. */
    private static boolean legalForm(StringBuilder text, int start) {
        String[] candidates = formsLike(text.length() - start, text.charAt(start));
        if (candidates == null) {
            return false;
        }
        int length = text.length() - start;
        for (String form : candidates) {
            int c = 1;
            while (c < length && text.charAt(start + c) == form.charAt(c)) {
                c++;
            }
            if (c == length) {
                return true;
            }
        }
        return false;
    }

    /**
     * The legal forms of this length and first letter, or null. Every word of every declared name
     * is tested against the legal forms; looking up only those that could match keeps the test
     * cheap however long the list grows (it doubled with the entity list and slowed the matching
     * step measurably, see BENCHMARKS.md).
     */
    private static String[] formsLike(int length, char first) {
        if (length >= MAX_FORM_LENGTH || first < 'a' || first > 'z') {
            return null;
        }
        return FORMS_BY_LENGTH_AND_FIRST[length * 26 + (first - 'a')];
    }

    private static final int MAX_FORM_LENGTH = 16;

    private static final String[][] FORMS_BY_LENGTH_AND_FIRST = formsByLengthAndFirst();

    private static String[][] formsByLengthAndFirst() {
        String[][] table = new String[MAX_FORM_LENGTH * 26][];
        for (String form : LEGAL_FORMS) {
            if (form.isEmpty()
                    || form.length() >= MAX_FORM_LENGTH
                    || !form.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
                throw new IllegalStateException("Legal form \"" + form + "\" is not 1 to 15 letters a to z");
            }
            int slot = form.length() * 26 + (form.charAt(0) - 'a');
            String[] was = table[slot] == null ? new String[0] : table[slot];
            table[slot] = Arrays.copyOf(was, was.length + 1);
            table[slot][was.length] = form;
        }
        return table;
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
