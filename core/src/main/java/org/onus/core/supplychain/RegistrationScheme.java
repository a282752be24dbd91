package org.onus.core.supplychain;

import java.util.Locale;

/** Which register a supplier's registration number belongs to. */
public enum RegistrationScheme {
    /** China's unified social credit code (GB 32100-2015): 18 characters with a check character. */
    USCC,
    /** Any other company register (a VAT number, a foreign company number, ...). */
    OTHER;

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    public static RegistrationScheme parse(String raw) {
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("The registration scheme is USCC or OTHER");
        }
    }

    /** Whether a number is well formed in this scheme; for USCC also its check character. */
    public boolean accepts(String number) {
        if (this == OTHER) {
            return number.matches("[A-Za-z0-9][A-Za-z0-9 ./-]{1,59}");
        }
        if (number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = ALPHABET.indexOf(number.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return number.charAt(17) == ALPHABET.charAt(check);
    }

    /** The code with its check character appended to 17 characters (for test data and examples). */
    static String withCheck(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return first17 + ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
