package fr.gouv.diplomatie.daect.programme.bake;

import org.apache.commons.configuration2.CompositeConfiguration;
import org.apache.commons.configuration2.Configuration;
import org.apache.commons.configuration2.event.ConfigurationEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * JBake's layered configuration, keeping its answers: JBake asks for the same settings again for every file it
 * reads and every page it renders, and commons-configuration looks each one up through every layer, converts and
 * interpolates it each time (a twentieth of a bake). Any change to the configuration forgets every answer.
 */
final class MemoizedConfiguration extends CompositeConfiguration {

    private final Map<List<Object>, Optional<Object>> answers = new ConcurrentHashMap<>();

    MemoizedConfiguration() {
        addEventListener(ConfigurationEvent.ANY, event -> answers.clear());
    }

    @Override
    public void addConfiguration(Configuration config) {
        answers.clear();
        super.addConfiguration(config);
    }

    @Override
    public String getString(String key) {
        return answer("string", key, null, () -> super.getString(key));
    }

    @Override
    public String getString(String key, String defaultValue) {
        return answer("string", key, defaultValue, () -> super.getString(key, defaultValue));
    }

    @Override
    public boolean getBoolean(String key, boolean defaultValue) {
        return answer("boolean", key, defaultValue, () -> super.getBoolean(key, defaultValue));
    }

    @Override
    public int getInt(String key, int defaultValue) {
        return answer("int", key, defaultValue, () -> super.getInt(key, defaultValue));
    }

    /** A new list each time, as commons-configuration gives: a caller may change it. */
    @Override
    public <T> List<T> getList(Class<T> type, String key) {
        List<T> list = answer(type, key, null, () -> super.getList(type, key));
        return list == null ? null : new ArrayList<>(list);
    }

    @SuppressWarnings("unchecked")
    private <T> T answer(Object kind, String key, Object defaultValue, Supplier<T> lookUp) {
        List<Object> question = new ArrayList<>(3);
        question.add(kind);
        question.add(key);
        question.add(defaultValue);
        Optional<Object> known = answers.get(question);
        if (known == null) {
            known = Optional.ofNullable(lookUp.get());
            answers.put(question, known);
        }
        return (T) known.orElse(null);
    }
}
