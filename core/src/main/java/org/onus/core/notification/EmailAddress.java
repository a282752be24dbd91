package org.onus.core.notification;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The check an address must pass before mail is queued for it. Deliberately simple (one {@code @},
 * a dotted domain, no spaces or header characters): the SMTP server is the real judge, but an
 * address with a line break or a comma could add recipients or headers, so those never get through.
 */
public final class EmailAddress {

    public static final int MAX_LENGTH = 254;

    private static final Pattern SHAPE =
            Pattern.compile("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                    + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$");

    private EmailAddress() {}

    /** The address stripped and with its domain in lower case, or null if it is not one. */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        String address = raw.strip();
        if (address.isEmpty()
                || address.length() > MAX_LENGTH
                || !SHAPE.matcher(address).matches()) {
            return null;
        }
        if (address.startsWith(".") || address.contains("..") || address.indexOf('@') != address.lastIndexOf('@')) {
            return null;
        }
        int at = address.indexOf('@');
        if (address.charAt(at - 1) == '.') {
            return null;
        }
        return address.substring(0, at) + address.substring(at).toLowerCase(Locale.ROOT);
    }

    public static boolean isValid(String raw) {
        return normalise(raw) != null;
    }
}
