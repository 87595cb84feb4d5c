package fr.gouv.diplomatie.daect.programme.preview;

/** Where the preview tells the editor what it does (Maven's log in the serve goal). */
public interface Terminal {

    void info(String message);

    void warn(String message);

    void error(String message);
}
