package org.onus.core.upr;

import java.util.Collection;

/**
 * Counts words as a word processor does: a run of non-space characters is a word when it holds
 * at least one letter or digit (so a dash or a bullet standing alone is not). The word-limit check
 * and the exported document use this one count, so they can never disagree.
 */
public final class WordCount {

    private WordCount() {}

    public static int of(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        int words = 0;
        for (String token : text.strip().split("\\s+")) {
            if (token.codePoints().anyMatch(Character::isLetterOrDigit)) {
                words++;
            }
        }
        return words;
    }

    public static int of(Collection<String> texts) {
        return texts.stream().mapToInt(WordCount::of).sum();
    }
}
