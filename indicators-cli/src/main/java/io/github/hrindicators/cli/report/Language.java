package io.github.hrindicators.cli.report;

import java.util.Locale;

/** The languages of the report and of the console output, each with its number format. */
public enum Language {
    /** English: {@code 6.02 %}, {@code 6,402}. */
    EN(Locale.ENGLISH, '.', ','),
    /** Russian: {@code 6,02 %}, thousands with a narrow no-break space ({@code 6 402}). */
    RU(Locale.forLanguageTag("ru"), ',', '\u202F');

    private final Locale locale;
    private final char decimalSeparator;
    private final char groupingSeparator;

    Language(Locale locale, char decimalSeparator, char groupingSeparator) {
        this.locale = locale;
        this.decimalSeparator = decimalSeparator;
        this.groupingSeparator = groupingSeparator;
    }

    /**
     * The locale of the language's texts.
     *
     * @return the locale
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The language's code, as in {@code --lang en} and the page's {@code lang} attribute.
     *
     * @return {@code en} or {@code ru}
     */
    public String code() {
        return locale.getLanguage();
    }

    /**
     * The decimal separator of the language.
     *
     * @return {@code .} in English, {@code ,} in Russian
     */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    char groupingSeparator() {
        return groupingSeparator;
    }
}
