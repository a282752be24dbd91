package org.onus.core.screening;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
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
        return hashOfNormalised(name, null);
    }

    /** What {@link #hashOfNormalised(String, Tokens)} answers when a word is in no listed name. */
    static final long NOT_LISTED = -2;

    /**
     * {@link #hashOfNormalised(String)}, or {@link #NOT_LISTED} as soon as a word of the
     * normalised name is in none of the listed names: most declared names are not listed, and
     * most of those have a word no listing has, so they are ruled out without reading the rest.
     *
     * @param listed the words of the listed names, or null to compute the hash regardless
     */
    static long hashOfNormalised(String name, Tokens listed) {
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
            int token = 0;
            while (i < n && alnum(c = name.charAt(i))) {
                token = 31 * token + lower(c);
                i++;
            }
            if (legalForm(name, start, i)) {
                continue;
            }
            String canonical = null;
            if (listed != null) {
                int flags = listed.flags(token);
                if ((flags & Tokens.VARIANT) != 0) {
                    canonical = variant(name, start, i, token);
                }
                if (canonical != null) {
                    token = canonical.hashCode();
                    flags = listed.flags(token);
                }
                if ((flags & Tokens.LISTED) == 0) {
                    return NOT_LISTED;
                }
            } else {
                canonical = variant(name, start, i, token);
                if (canonical != null) {
                    token = canonical.hashCode();
                }
            }
            if (!first) {
                hash = 31 * hash + ' ';
            }
            first = false;
            // The hash of a string followed by a word is the string's times 31 to the word's length, plus the word's.
            hash = hash * pow31(canonical == null ? i - start : canonical.length()) + token;
        }
        return hash & 0xFFFF_FFFFL;
    }

    /** The words of the normalised listed names, and the variant spellings, by hash. */
    static final class Tokens {
        static final int LISTED = 1;
        static final int VARIANT = 2;

        /** Open addressing: flags in the high half, the word's hash in the low; 0 for an empty slot. */
        private final long[] table;

        private final int shift;

        Tokens(Collection<String> normalisedNames) {
            Map<Integer, Integer> flags = new HashMap<>();
            for (String name : normalisedNames) {
                for (String word : name.split(" ")) {
                    flags.merge(word.hashCode(), LISTED, (x, y) -> x | y);
                }
            }
            for (int h : VARIANT_HASHES) {
                flags.merge(h, VARIANT, (x, y) -> x | y);
            }
            int bits = 32 - Integer.numberOfLeadingZeros(Math.max(1, flags.size() * 4 - 1));
            table = new long[1 << bits];
            shift = 32 - bits;
            flags.forEach((h, f) -> {
                int slot = slot(h);
                while (table[slot] != 0) {
                    slot = (slot + 1) & (table.length - 1);
                }
                table[slot] = ((long) f << 32) | (h & 0xFFFF_FFFFL);
            });
        }

        int flags(int hash) {
            int slot = slot(hash);
            while (true) {
                long e = table[slot];
                if (e == 0) {
                    return 0;
                }
                if ((int) e == hash) {
                    return (int) (e >>> 32);
                }
                slot = (slot + 1) & (table.length - 1);
            }
        }

        private int slot(int hash) {
            return shift == 32 ? 0 : (hash * 0x9E3779B9) >>> shift;
        }
    }

    private static final int[] POW31 = new int[64];

    static {
        POW31[0] = 1;
        for (int k = 1; k < POW31.length; k++) {
            POW31[k] = POW31[k - 1] * 31;
        }
    }

    private static int pow31(int n) {
        if (n < POW31.length) {
            return POW31[n];
        }
        int p = POW31[POW31.length - 1];
        for (int k = POW31.length - 1; k < n; k++) {
            p *= 31;
        }
        return p;
    }

    /** The variant spellings and their canonical forms, by the spelling's hash. */
    private static final String[] VARIANT_SPELLINGS = ListedProducer.VARIANTS.keySet().stream()
            .sorted(Comparator.comparingInt(String::hashCode))
            .toArray(String[]::new);

    private static final int[] VARIANT_HASHES =
            Arrays.stream(VARIANT_SPELLINGS).mapToInt(String::hashCode).toArray();

    /** The canonical spelling of the word of {@code name} from start to end (its hash given), when it is a known variant. */
    private static String variant(String name, int start, int end, int hash) {
        int k = Arrays.binarySearch(VARIANT_HASHES, hash);
        if (k < 0) {
            return null;
        }
        while (k > 0 && VARIANT_HASHES[k - 1] == hash) {
            k--;
        }
        for (; k < VARIANT_HASHES.length && VARIANT_HASHES[k] == hash; k++) {
            String spelling = VARIANT_SPELLINGS[k];
            if (spelling.length() != end - start) {
                continue;
            }
            int c = 0;
            while (c < spelling.length() && lower(name.charAt(start + c)) == spelling.charAt(c)) {
                c++;
            }
            if (c == spelling.length()) {
                return ListedProducer.VARIANTS.get(spelling);
            }
        }
        return null;
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
