package org.onus.core.screeningcheck;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.onus.core.entry.DisclosedInput;
import org.onus.core.entry.Entry;

/**
 * The disclosure of an entry written out one way only, so that the same supply chain checked twice
 * has the same hash whatever entry number, value, port, arrival date or input order it came with:
 * the goods' HS code and origin, then every input (tier, HS code, region, producer normalised to
 * lower case and single spaces, Open Supply Hub id, share, registration number and quantity in its
 * family's base unit when declared), sorted. Material names are left out:
 * they are free text and change nothing screening sees.
 */
public final class CanonicalDisclosure {

    private CanonicalDisclosure() {}

    public static String text(Entry entry) {
        List<String> inputs =
                entry.inputs().stream().map(CanonicalDisclosure::input).sorted().toList();
        return "goods:" + entry.hsCode() + "|" + entry.originCountry()
                + entry.goodsQuantity()
                        .map(q -> "|q=" + q.inBase().stripTrailingZeros().toPlainString() + " "
                                + q.unit().family())
                        .orElse("")
                + "\n" + String.join("\n", inputs);
    }

    /** SHA-256 of {@link #text}, in lower-case hex. */
    public static String hash(Entry entry) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text(entry).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String input(DisclosedInput in) {
        return "input:" + in.tier() + "|" + in.hsCode() + "|" + in.regionCode() + "|" + normalised(in.producer()) + "|"
                + (in.openSupplyHubId() == null ? "" : in.openSupplyHubId().toUpperCase(Locale.ROOT)) + "|"
                + (in.sharePercent() == null
                        ? ""
                        : in.sharePercent().stripTrailingZeros().toPlainString())
                // Registration numbers match listed producers and quantities feed the mass balance, so
                // both count; absent, they add nothing, so a disclosure without them hashes as before.
                + (in.producerRegistrationNumber() == null
                        ? ""
                        : "|r="
                                + in.producerRegistrationNumber()
                                        .replaceAll("[\\s./-]", "")
                                        .toUpperCase(Locale.ROOT))
                + in.quantity()
                        .map(q -> "|q=" + q.inBase().stripTrailingZeros().toPlainString() + " "
                                + q.unit().family())
                        .orElse("");
    }

    private static String normalised(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
