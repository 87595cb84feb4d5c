package fr.gouv.diplomatie.daect.site;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every baked page passes the W3C Nu HTML checker without an error. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        for (String page : BakedSite.pages()) {
            String output = validator.validate(BakedSite.dir().resolve(page));
            output.lines().filter(line -> line.contains("error:") || line.contains("fatal:"))
                    .forEach(line -> errors.add(page + " " + line));
        }
        assertEquals(List.of(), errors);
    }
}
