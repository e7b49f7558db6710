package com.necxian.refunds.intake.domain;

import java.util.Optional;

/**
 * Which characters a text may hold. Never a control character (NUL, ESC, DEL, C1...) nor half of a UTF-16 surrogate
 * pair: PostgreSQL cannot store NUL, a lone surrogate has no UTF-8 form, and a line break in a name or an id would
 * reach e-mail headers and logs. Free text (the description, evidence notes) may have tabs and line breaks.
 */
public enum TextCharacters {

    ONE_LINE("", "must not contain control characters, tabs or line breaks"),
    FREE_TEXT("\t\n\r", "must not contain control characters other than tab and line breaks");

    private final String allowedControls;
    private final String rule;

    TextCharacters(String allowedControls, String rule) {
        this.allowedControls = allowedControls;
        this.rule = rule;
    }

    /** What is wrong with the first bad character, or empty. */
    public Optional<String> firstProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain an unpaired UTF-16 surrogate (found " + codePoint(c) + ")");
            } else if (Character.isISOControl(c) && allowedControls.indexOf(c) < 0) {
                return Optional.of(rule + " (found " + codePoint(c) + ")");
            }
        }
        return Optional.empty();
    }

    private static String codePoint(char c) {
        return String.format("U+%04X", (int) c);
    }
}
