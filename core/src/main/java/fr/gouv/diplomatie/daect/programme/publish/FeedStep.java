package fr.gouv.diplomatie.daect.programme.publish;

import fr.gouv.diplomatie.daect.programme.bake.SiteStep;
import fr.gouv.diplomatie.daect.programme.calendar.lock.LockEntry;
import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.calendar.lock.ProgrammeLock;
import fr.gouv.diplomatie.daect.programme.programme.Session;
import fr.gouv.diplomatie.daect.programme.view.FrenchFormat;
import fr.gouv.diplomatie.daect.programme.view.SitePaths;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The Atom feed of the sessions ({@code webinaires.atom}), so that new and changed sessions can be
 * followed in a feed reader. Entry dates come from the calendar lock: they move only when a session
 * really changes, never with the build's clock. The feed carries the {@value #ENTRIES} sessions changed
 * last, as feeds do: a reader fetches it again and again, and keeps the entries it has seen (with a
 * programme of 5,000 sessions, the whole list made a 3 MB file); the site and the calendars list them all.
 */
public final class FeedStep implements SiteStep {

    /** How many sessions the feed carries. */
    public static final int ENTRIES = 50;
    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private final List<Session> sessions;
    private final ProgrammeLock lock;
    private final SitePaths paths;
    private final String title;
    private final String author;

    /** {@code author}: who publishes the feed (the organisation's full name). */
    public FeedStep(List<Session> sessions, ProgrammeLock lock, SitePaths paths, String title, String author) {
        this.lock = lock;
        this.sessions = sessions.stream()
                .sorted(Comparator.comparing(this::updated).thenComparing(Session::startInstant).reversed())
                .limit(ENTRIES)
                .sorted(Comparator.comparing(Session::startInstant).reversed())
                .toList();
        this.paths = paths;
        this.title = title;
        this.author = author;
    }

    /** Made from the programme alone: runs alongside JBake. */
    @Override
    public boolean readsPages() {
        return false;
    }

    @Override
    public String name() {
        return "flux Atom";
    }

    @Override
    public int write(Path site) throws IOException {
        // Buffered: the XML writer sends the file to its stream a few characters at a time.
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(site.resolve(SitePaths.FEED)))) {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            xml.writeAttribute("xml:lang", "fr");
            element(xml, "title", title);
            element(xml, "id", paths.absolute(SitePaths.FEED));
            element(xml, "updated", sessions.stream().map(this::updated).max(Comparator.naturalOrder()).orElse(Instant.EPOCH).toString());
            link(xml, "self", paths.absolute(SitePaths.FEED), "application/atom+xml");
            link(xml, "alternate", paths.absolute(""), "text/html");
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
            for (Session session : sessions) {
                entry(xml, session);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("flux Atom : " + e.getMessage(), e);
        }
        return 1;
    }

    private void entry(XMLStreamWriter xml, Session session) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:uuid:" + session.uid());
        element(xml, "title", (session.isCancelled() ? "Annulé : " : "") + session.title());
        element(xml, "updated", updated(session).toString());
        link(xml, "alternate", paths.absolute(paths.sessionPage(session)), "text/html");
        link(xml, "enclosure", paths.absolute(paths.sessionCalendar(session)), "text/calendar");
        String when = FrenchFormat.day(session.date()) + ", " + FrenchFormat.hours(session.start(), session.end()).replace('\u00a0', ' ')
                + " (" + FrenchFormat.zoneLabel(session.zone()) + ")";
        element(xml, "summary", when + (session.note() == null ? "" : ". " + session.note()));
        for (String tag : session.tags()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", TextCharacters.safe(tag));
        }
        xml.writeEndElement();
    }

    private Instant updated(Session session) {
        return lock.entry(session.uid()).map(LockEntry::lastChange).orElse(Instant.EPOCH);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(TextCharacters.safe(text));
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", TextCharacters.safe(href));
        xml.writeAttribute("type", type);
    }
}
