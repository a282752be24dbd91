package org.onus.web.view;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToLongFunction;

/** The links of a GOV.UK pagination: the first, the last, the current page and its neighbours, with gaps between. */
public final class PageLinks {

    /** One link of the GOV.UK pagination: a page number, or an ellipsis (null number). */
    public record PageLink(Integer number, String href, boolean current) {
        /** The GOV.UK modifier class (kept out of the template, where "__" means preprocessing). */
        public String modifier() {
            return number == null
                    ? "govuk-pagination__item--ellipses"
                    : current ? "govuk-pagination__item--current" : "";
        }
    }

    /** A sortable column's header: where it sorts to and what {@code aria-sort} it carries now. */
    public record SortHeader(String href, String ariaSort) {}

    /** Reads one page of a list from its offset and size. */
    @FunctionalInterface
    public interface PageReader<P> {
        P read(int offset, int size);
    }

    /** The page shown and its number, which is not the one asked for past the last page. */
    public record Shown<P>(P page, int number) {}

    private PageLinks() {}

    /**
     * Reads page {@code number}; past the last page (the list shrank meanwhile, or the number was
     * typed) the last page instead, so a stale link shows rows rather than an empty list.
     */
    public static <P> Shown<P> read(
            int number, int size, PageReader<P> reader, Function<P, List<?>> rows, ToLongFunction<P> total) {
        P found = reader.read((number - 1) * size, size);
        long all = total.applyAsLong(found);
        if (rows.apply(found).isEmpty() && all > 0) {
            int last = pages(all, size);
            return new Shown<>(reader.read((last - 1) * size, size), last);
        }
        return new Shown<>(found, number);
    }

    /**
     * The page asked for; anything but a whole number from 1 is the first page. A page number
     * comes from a link, so a mangled one is answered with the list rather than an error.
     */
    public static int pageNumber(String raw) {
        try {
            return raw == null ? 1 : Math.max(1, Integer.parseInt(raw.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** How many pages {@code total} rows make, {@code size} to a page; an empty list is one page. */
    public static int pages(long total, int size) {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    /** No links for a single page. */
    public static List<PageLink> of(int page, int pages, IntFunction<String> href) {
        List<PageLink> links = new ArrayList<>();
        if (pages <= 1) {
            return links;
        }
        Integer last = null;
        for (int n = 1; n <= pages; n++) {
            boolean shown = n == 1 || n == pages || Math.abs(n - page) <= 1;
            if (!shown) {
                continue;
            }
            if (last != null && n > last + 1) {
                links.add(new PageLink(null, null, false));
            }
            links.add(new PageLink(n, href.apply(n), n == page));
            last = n;
        }
        return links;
    }
}
