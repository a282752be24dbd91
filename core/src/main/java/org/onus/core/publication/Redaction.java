package org.onus.core.publication;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.onus.core.problem.ConflictException;
import org.onus.core.problem.Problem;

/**
 * The redaction rule: a text to be published may not name anything the case knows about the
 * people and organisations behind it. Terms are compared ignoring case, accents and repeated
 * spaces; a term of at least six letters or digits also matches with punctuation and spaces
 * removed ("EN 2026/0001" finds "EN-2026-0001"); a term of fewer than four only as a whole word,
 * so that a two-letter user name does not refuse every text. A hit names the kind of term, never the term.
 */
public final class Redaction {

    /** Why a term is sensitive. */
    public enum TermKind {
        ORGANISATION_NAME,
        ENTRY_NUMBER,
        USER_NAME,
        DOCUMENT_METADATA,
        FILE_NAME
    }

    public record Term(TermKind kind, String text) {}

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern NOT_ALNUM = Pattern.compile("[^\\p{L}\\p{N}]+");

    private final List<Term> terms;

    public Redaction(Collection<Term> terms) {
        List<Term> kept = new ArrayList<>();
        for (Term t : terms) {
            if (t != null && t.text() != null && !t.text().isBlank()) {
                kept.add(t);
            }
        }
        this.terms = List.copyOf(kept);
    }

    public List<Term> terms() {
        return terms;
    }

    /** The kind of the first sensitive term the text contains, if any. */
    public Optional<TermKind> firstHit(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String folded = fold(text);
        String compact = compact(folded);
        for (Term t : terms) {
            if (contains(folded, compact, fold(t.text()))) {
                return Optional.of(t.kind());
            }
        }
        return Optional.empty();
    }

    /**
     * Refuses (409, naming the field and the kind of term, not the term) a text that names a
     * sensitive term.
     */
    public void requireClean(String field, String text) {
        firstHit(text).ifPresent(kind -> {
            throw new ConflictException(
                    "The text to publish names a case's " + describe(kind) + " (" + kind + "); remove it",
                    List.of(new Problem(
                            field,
                            "Remove the " + describe(kind) + " (" + kind + "): published decisions are redacted")));
        });
    }

    static String describe(TermKind kind) {
        return switch (kind) {
            case ORGANISATION_NAME -> "organisation or producer name";
            case ENTRY_NUMBER -> "entry number";
            case USER_NAME -> "user name";
            case DOCUMENT_METADATA -> "document details";
            case FILE_NAME -> "file name";
        };
    }

    static boolean contains(String folded, String compact, String term) {
        if (term.isEmpty()) {
            return false;
        }
        String termCompact = compact(term);
        if (termCompact.length() >= 6 && compact.contains(termCompact)) {
            return true;
        }
        if (termCompact.length() >= 4) {
            return folded.contains(term);
        }
        if (termCompact.isEmpty()) {
            return false;
        }
        // Short terms: whole words only.
        for (String word : NOT_ALNUM.split(folded)) {
            if (word.equals(termCompact)) {
                return true;
            }
        }
        return false;
    }

    static String fold(String s) {
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    static String compact(String folded) {
        return NOT_ALNUM.matcher(folded).replaceAll("");
    }
}
