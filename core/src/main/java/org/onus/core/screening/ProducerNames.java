package org.onus.core.screening;

import java.util.Set;
import org.onus.core.designation.ListedProducer;

/**
 * {@link ListedProducer#normalise(String)} with a fast path for plain ASCII names (almost all
 * declared names): the same result, without regular expressions or Unicode normalisation.
 */
final class ProducerNames {

    private static final Set<String> LEGAL_FORMS = Set.of(
            "co",
            "company",
            "corp",
            "corporation",
            "inc",
            "incorporated",
            "ltd",
            "limited",
            "llc",
            "plc",
            "gmbh",
            "sa",
            "group",
            "holding",
            "holdings");

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
            if (i - start <= 12 && LEGAL_FORMS.contains(out.substring(tokenStart))) {
                out.setLength(mark);
            }
        }
        return out.toString();
    }

    private static boolean alnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
