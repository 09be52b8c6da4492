package io.github.hrindicators.io;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;

/**
 * A JSON parse failure in plain words: where it is (line, character, the JSON pointer of the field) and what was
 * expected there. The parser's own message is read only to tell the cases apart; it never reaches the user.
 */
final class JsonProblems {
    private static final Pattern CHARACTER = Pattern.compile("Unexpected character \\('(.{1,2}?)' \\(code");
    private static final Pattern TOKEN = Pattern.compile("(?:Unrecognized token|Non-standard token) '([^']*)'");

    private JsonProblems() {
    }

    /** The problem for a parse failure, located where the parser says or, when it does not, where it stood. */
    static Problem of(String file, JacksonException e, JsonParser p) {
        // A text or name too long is located where it starts; the parser stands at its end.
        TokenStreamLocation at = e instanceof StreamConstraintsException
                && !String.valueOf(e.getOriginalMessage()).contains("Number") ? p.currentTokenLocation()
                : e.getLocation() == null || e.getLocation().getLineNr() <= 0 ? p.currentLocation() : e.getLocation();
        String pointer = pointer(p);
        String message = String.valueOf(e.getOriginalMessage());
        String text = "";
        Matcher m = TOKEN.matcher(message);
        Matcher c = CHARACTER.matcher(message);
        if (m.find()) {
            text = m.group(1);
        } else if (c.find()) {
            text = c.group(1);
        }
        // NaN and Infinity are located after them; give where they start.
        long column = at.getColumnNr() - (message.startsWith("Non-standard token") ? text.length() : 0);
        return new Problem(e instanceof StreamConstraintsException ? Problem.Kind.TOO_LONG : Problem.Kind.SYNTAX, file,
                Math.max(0, at.getLineNr()), Math.max(0, column), pointer, text,
                describe(e, message, text));
    }

    private static String pointer(JsonParser p) {
        String s = p.streamReadContext() == null ? "" : p.streamReadContext().pathAsPointer().toString();
        return s.equals("/") ? "" : s;
    }

    private static String describe(JacksonException e, String message, String text) {
        if (e instanceof StreamConstraintsException) {
            return limit(message);
        }
        if (e instanceof UnexpectedEndOfInputException || message.contains("end-of-input")) {
            return "the document ends too early: a closing '}', ']' or '\"' is missing";
        }
        if (message.contains("ALLOW_COMMENTS") || message.contains("ALLOW_YAML_COMMENTS")) {
            return "is the start of a comment; JSON has no comments: remove it";
        }
        if (message.contains("ALLOW_NON_NUMERIC_NUMBERS") || text.equals("NaN") || text.contains("Infinity")) {
            return "is not a number JSON can hold; give a number, or leave the field out";
        }
        if (message.contains("ALLOW_SINGLE_QUOTES") || text.equals("'")) {
            return "is a single quote; JSON text is written in double quotes (\")";
        }
        if (message.contains("CTRL-CHAR") || message.contains("control character")) {
            return "holds a control character (such as a tab or line break) inside text; write it as an escape"
                    + " such as \\n, or remove it";
        }
        if (message.contains("double-quote to start") || message.contains("ALLOW_UNQUOTED_PROPERTY_NAMES")) {
            return "is where a field name in double quotes was expected, such as \"measure\"";
        }
        if (message.contains("comma to separate Object entries")) {
            return "is where ',' between two fields, or '}' at the end of the object, was expected";
        }
        if (message.contains("comma to separate Array entries")) {
            return "is where ',' between two items, or ']' at the end of the array, was expected";
        }
        if (message.contains("colon to separate")) {
            return "is where ':' between a field name and its value was expected";
        }
        if (message.contains("Unrecognized token")) {
            return "is not a JSON value; text must be in double quotes, numbers written with '.' and no spaces";
        }
        if (message.contains("Leading zeroes") || message.toLowerCase(java.util.Locale.ROOT).contains("numeric value")) {
            return "is not a number as JSON writes it: digits, an optional '.' fraction and exponent, no leading"
                    + " zeros; text must be in double quotes";
        }
        if (message.contains("escape")) {
            return "holds a '\\' that does not start a valid escape; write a backslash as \\\\";
        }
        if (message.contains("Unexpected close marker")) {
            return "closes an object or array that was not opened here; check the brackets";
        }
        if (message.contains("expected a valid value") || message.contains("Unexpected character")) {
            return "is where a value was expected: a number, text in double quotes, true, false, null, an object or"
                    + " an array";
        }
        return "cannot be read as JSON here; check the document against the example in the README";
    }

    private static String limit(String message) {
        if (message.contains("nesting depth")) {
            return "is nested more than " + JsonFigureReader.MAX_NESTING_DEPTH + " levels deep; a figure is an"
                    + " object in the 'figures' array, holding text and numbers only";
        }
        if (message.contains("Number value length")) {
            return "is a number of more than " + JsonFigureReader.MAX_NUMBER_LENGTH + " digits";
        }
        if (message.contains("Name length")) {
            return "is a field name of more than " + JsonFigureReader.MAX_NAME_LENGTH + " characters";
        }
        return "is text of more than " + ReadOptions.MAX_FIELD_LENGTH + " characters, the longest a field may"
                + " hold";
    }

}
