package fr.gouv.diplomatie.daect.programme.assets;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NameSetTest {

    private static final byte[] PAGE = "<DIV class=\"fr-card carte-été\">".getBytes(StandardCharsets.UTF_8);

    @Test
    void givesBackTheNameItAlreadyHoldsAndLowerCasesOnlyWhenAsked() {
        NameSet names = new NameSet();
        String div = names.add(PAGE, 1, 4, true);

        assertEquals("div", div);
        assertSame(div, names.add("<div".getBytes(StandardCharsets.US_ASCII), 1, 4, true), "no second string for a name held");
        assertEquals("DIV", names.add(PAGE, 1, 4, false));
        assertTrue(names.contains("div"));
        assertTrue(names.contains("DIV"));
        assertEquals("carte-été", names.add(PAGE, 20, PAGE.length - 2, false), "other bytes are read as UTF-8");
        assertTrue(names.contains("carte-été"));
        assertFalse(names.contains("fr-card"));
    }

    @Test
    void holdsEveryNameAsItGrows() {
        NameSet names = new NameSet();
        IntStream.range(0, 2000).forEach(i -> names.add(("fr-classe-" + i).getBytes(StandardCharsets.US_ASCII), 0, ("fr-classe-" + i).length(), false));
        NameSet copy = new NameSet();
        copy.addAll(names);

        assertEquals(2000, copy.stream().count());
        IntStream.range(0, 2000).forEach(i -> assertTrue(copy.contains("fr-classe-" + i)));
        byte[] again = "fr-classe-1999".getBytes(StandardCharsets.US_ASCII);
        assertSame(copy.add(again, 0, again.length, false), copy.add(again, 0, again.length, false));
    }
}
