package fr.gouv.diplomatie.daect.programme.content;

import org.jsoup.parser.Parser;

/** HTML's character references ({@code &amp;}, {@code &#x61;}…) in a value read from markup. */
public final class CharacterReferences {

    private CharacterReferences() {
    }

    /**
     * The value as a browser reads it in an attribute, its references decoded; the same string when it has none
     * (jsoup builds a whole parser for each call, and most values of a page have none).
     */
    public static String decodedAttribute(String value) {
        return value.indexOf('&') >= 0 ? Parser.unescapeEntities(value, true) : value;
    }
}
