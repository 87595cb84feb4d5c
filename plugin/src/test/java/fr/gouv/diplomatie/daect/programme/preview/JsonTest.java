package fr.gouv.diplomatie.daect.programme.preview;

import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JsonTest {

    @Test
    void anIndependentParserReadsBackEveryCharacter() throws Exception {
        String tricky = "guillemets \" barre \\ ligne\nretour\r tab\t nul\u0000 ligne\u2028 é ☃ 😀 </script>";
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("texte", tricky);
        value.put("liste", List.of("a", "b"));
        value.put("ok", true);

        JSONObject parsed = (JSONObject) new JSONParser().parse(Json.write(value));

        assertEquals(tricky, parsed.get("texte"));
        assertEquals(List.of("a", "b"), new java.util.ArrayList<>((JSONArray) parsed.get("liste")));
        assertEquals(Boolean.TRUE, parsed.get("ok"));
    }

    @Test
    void keysKeepTheirOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("z", "1");
        value.put("a", "2");
        assertEquals("{\"z\":\"1\",\"a\":\"2\"}", Json.write(value));
    }
}
