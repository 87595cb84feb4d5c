package fr.gouv.diplomatie.daect.programme.preview;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

/** The receiver's JSON (answers and log lines), keys in insertion order, text unescaped where JSON allows. */
final class Json {

    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private Json() {
    }

    static String write(Object value) {
        return GSON.toJson(value);
    }
}
