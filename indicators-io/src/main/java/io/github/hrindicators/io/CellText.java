package io.github.hrindicators.io;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The text of one cell as the readers keep it: Unicode-normalised (NFC), without white space or invisible
 * formatting characters at its ends, so that a cell holding only a non-breaking space is empty and
 * {@code "\uFEFFKyrgyzstan"} is {@code "Kyrgyzstan"}. Control characters anywhere, and invisible formatting characters
 * inside the text, are not removed but reported: they cannot be seen, so a person cannot tell two such texts apart.
 */
final class CellText {
    private CellText() {
    }

    /** The text normalised and stripped at both ends. */
    static String clean(String text) {
        int n = text.length();
        boolean plain = true;
        for (int i = 0; i < n && plain; i++) {
            char c = text.charAt(i);
            plain = c >= 0x20 && c < 0x7F;
        }
        if (plain) {
            return text.strip();
        }
        String s = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        int start = 0;
        int end = s.length();
        while (start < end && isStrippable(s.charAt(start))) {
            start++;
        }
        while (end > start && isStrippable(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /** White space (including the non-breaking ones) and invisible formatting characters, stripped at the ends. */
    static boolean isStrippable(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT;
    }

    /**
     * What is wrong with a cleaned text: a control character anywhere (other than tab and line breaks) or an
     * invisible formatting character inside it, named with its position (counting characters from 1).
     */
    static Optional<String> invisible(String cleaned) {
        int n = cleaned.length();
        for (int i = 0; i < n; i++) {
            char c = cleaned.charAt(i);
            if (c >= 0x20 && c < 0x7F) {
                continue;
            }
            String name = name(c);
            if (!name.isEmpty()) {
                return Optional.of("holds " + name + " at character " + (i + 1) + ", which cannot be seen;"
                        + " remove it and type the text again");
            }
        }
        return Optional.empty();
    }

    /** The name of an invisible character a cell may not hold, or empty if the character is allowed. */
    static String name(char c) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return "";
        }
        if (c == 0) {
            return "a NUL character";
        }
        if (Character.getType(c) == Character.CONTROL) {
            return "a control character";
        }
        if (Character.getType(c) != Character.FORMAT) {
            return "";
        }
        return switch (c) {
            case '\u200B' -> "a zero-width space";
            case '\uFEFF' -> "a byte order mark";
            case '\u00AD' -> "a soft hyphen";
            case '\u200C', '\u200D' -> "a zero-width joiner";
            case '\u200E', '\u200F' -> "a text direction mark";
            case '\u2060' -> "a word joiner";
            default -> "an invisible formatting character";
        };
    }

    /** The text for a problem message: invisible characters shown as {@code ·} so that the text can be found. */
    static String visible(String text) {
        StringBuilder b = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean hidden = !name(c).isEmpty();
            if (hidden && b == null) {
                b = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (b != null) {
                b.append(hidden ? '·' : c);
            }
        }
        return b == null ? text : b.toString();
    }
}
