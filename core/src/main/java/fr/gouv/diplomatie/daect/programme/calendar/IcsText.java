package fr.gouv.diplomatie.daect.programme.calendar;

import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Encodable;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * A component as iCalendar text (unfolded), exactly as ical4j's {@code toString} writes it, but with the text values
 * escaped here: ical4j's {@code PropertyCodec} runs three regular expressions over every text value, a twentieth of
 * a 5,000-session bake. Escaping as RFC 5545 (3.3.11) and ical4j do it: backslash, line break, comma, semicolon; and,
 * unlike ical4j, a lone CR as a line break and any other control character as a space (RFC 5545 forbids them).
 */
final class IcsText {

    private IcsText() {
    }

    static String of(Component component) {
        StringBuilder text = new StringBuilder(2048);
        append(component, text);
        return text.toString();
    }

    private static void append(Component component, StringBuilder text) {
        text.append("BEGIN:").append(component.getName()).append("\r\n");
        for (Property property : component.getPropertyList().getAll()) {
            append(property, text);
        }
        if (component instanceof ComponentContainer<?> container) {
            for (Component child : container.getComponentList().getAll()) {
                append(child, text);
            }
        }
        text.append("END:").append(component.getName()).append("\r\n");
    }

    private static void append(Property property, StringBuilder text) {
        boolean plain = property.getPrefix() == null || property.getPrefix().isEmpty();
        if (!(property instanceof Encodable) || property instanceof XProperty || !plain || property.getValue() == null) {
            text.append(TextCharacters.safe(property.toString())); // as ical4j writes it, without control characters
            return;
        }
        text.append(property.getName()).append(property.getParameterList()).append(':');
        escape(property.getValue(), text);
        text.append("\r\n");
    }

    private static boolean isLoneSurrogate(String value, int i) {
        char c = value.charAt(i);
        return Character.isLowSurrogate(c)
                || (Character.isHighSurrogate(c) && (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))));
    }

    private static void escape(String value, StringBuilder text) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                text.append("\\\\");
            } else if (c == '\n') {
                text.append("\\n");
            } else if (c == '\r') {
                // CRLF or a lone CR: one line break (ical4j would let a lone CR through, which ends the content line)
                text.append("\\n");
                if (i + 1 < length && value.charAt(i + 1) == '\n') {
                    i++;
                }
            } else if (c == ',' || c == ';') {
                text.append('\\').append(c);
            } else if (TextCharacters.isForbidden(c) || isLoneSurrogate(value, i)) {
                // RFC 5545 (3.3.11) allows no control character in a text value: the last defence, whatever the validation let through
                text.append(' ');
            } else if (Character.isHighSurrogate(c)) {
                text.append(c).append(value.charAt(++i));
            } else {
                text.append(c);
            }
        }
    }
}
