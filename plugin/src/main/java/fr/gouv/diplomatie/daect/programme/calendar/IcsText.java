package fr.gouv.diplomatie.daect.programme.calendar;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Encodable;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.XProperty;

/**
 * A component as iCalendar text (unfolded), exactly as ical4j's {@code toString} writes it, but with the text values
 * escaped here: ical4j's {@code PropertyCodec} runs three regular expressions over every text value, a twentieth of
 * a 5,000-session bake. Escaping as RFC 5545 (3.3.11) and ical4j do it: backslash, line break, comma, semicolon.
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
            text.append(property); // as ical4j writes it
            return;
        }
        text.append(property.getName()).append(property.getParameterList()).append(':');
        escape(property.getValue(), text);
        text.append("\r\n");
    }

    private static void escape(String value, StringBuilder text) {
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c == '\\') {
                text.append("\\\\");
            } else if (c == '\n') {
                text.append("\\n");
            } else if (c == '\r' && i + 1 < length && value.charAt(i + 1) == '\n') {
                text.append("\\n");
                i++;
            } else if (c == ',' || c == ';') {
                text.append('\\').append(c);
            } else {
                text.append(c);
            }
        }
    }
}
