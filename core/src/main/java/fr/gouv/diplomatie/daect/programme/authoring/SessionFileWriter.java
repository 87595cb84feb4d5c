package fr.gouv.diplomatie.daect.programme.authoring;

import fr.gouv.diplomatie.daect.programme.content.DisplayPath;
import fr.gouv.diplomatie.daect.programme.content.TextCharacters;
import fr.gouv.diplomatie.daect.programme.programme.SessionHeader;
import fr.gouv.diplomatie.daect.programme.programme.HeaderValues;
import fr.gouv.diplomatie.daect.programme.validation.Slugs;
import fr.gouv.diplomatie.daect.programme.validation.Zones;
import fr.gouv.diplomatie.daect.programme.validation.rules.ClockChangeRule;
import fr.gouv.diplomatie.daect.programme.validation.rules.SessionScheduleRule;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Creates a new session file, {@code content/webinaires/<date>-<slug>.md}, with its header filled
 * and a fresh UUID, from what an editor typed; never over an existing file. The header cannot hold
 * comments (JBake would read them as keys), so the explanations are an HTML comment at the top of
 * the body, which the page does not show and the calendars leave out.
 */
public final class SessionFileWriter {

    /** Long titles make long addresses: the slug keeps the first words, up to this length. */
    static final int SLUG_LENGTH = 50;

    private final Path projectDir;
    private final Path sessionsDir;
    private final String zone;
    private final Supplier<UUID> uuids;

    /**
     * @param sessionsDir where session files live ({@code content/webinaires})
     * @param zone        the programme's time zone, named in the explanations
     */
    public SessionFileWriter(Path projectDir, Path sessionsDir, String zone, Supplier<UUID> uuids) {
        this.projectDir = projectDir.toAbsolutePath().normalize();
        this.sessionsDir = sessionsDir.toAbsolutePath().normalize();
        this.zone = zone;
        this.uuids = uuids;
    }

    /** Writes the file and returns it; nothing is written when anything is wrong. */
    public Path write(NewSession session) throws InvalidSessionException, IOException {
        List<String> problems = new ArrayList<>();
        if (session.title().isEmpty()) {
            problems.add("-Dtitle manque : donnez le titre du webinaire entre guillemets, par exemple -Dtitle=\"La santé\"");
        } else if (session.title().contains("\n") || session.title().contains("\r")) {
            problems.add("-Dtitle : le titre doit tenir sur une ligne");
        } else {
            TextCharacters.firstForbidden(session.title(), false).ifPresent(at -> problems.add("-Dtitle : caractère invisible "
                    + TextCharacters.code(session.title().charAt(at)) + " « " + TextCharacters.name(session.title().charAt(at))
                    + " » dans le titre ; retapez le titre sans copier-coller"));
        }
        LocalDate date = date(session.date(), problems);
        LocalTime start = time("-Dstart", session.start(), "10:00", problems);
        LocalTime end = time("-Dend", session.end(), "12:30", problems);
        if (date != null && Zones.isKnown(zone)) {
            skipped("-Dstart", date, start, problems);
            skipped("-Dend", date, end, problems);
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add("-Dend=" + session.end() + " : la fin doit venir après le début (-Dstart=" + session.start() + ")");
        }
        String slug = session.slug().isEmpty() ? shortSlug(session.title()) : session.slug();
        if (!session.slug().isEmpty() && !Slugs.isSlug(session.slug())) {
            problems.add("-Dslug=" + session.slug() + " : seulement des minuscules sans accent, des chiffres et des tirets, par exemple -Dslug="
                    + (Slugs.of(session.slug()).isEmpty() ? "sante" : Slugs.of(session.slug())));
        } else if (slug.isEmpty() && !session.title().isEmpty()) {
            problems.add("-Dtitle=\"" + session.title() + "\" ne donne pas de nom de fichier : choisissez-le avec -Dslug=…, par exemple -Dslug=sante");
        }
        List<String> tags = tags(session.tags(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidSessionException(problems);
        }

        Path file = sessionsDir.resolve(date + "-" + slug + ".md");
        String text = header(session, date, start, end, tags) + explanations();
        Files.createDirectories(sessionsDir);
        try {
            // CREATE_NEW: refused if the file exists, even if it appeared since the check above.
            Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
            throw new InvalidSessionException(List.of(shown(file) + " existe déjà : il n'est pas remplacé. Modifiez-le, "
                    + "ou choisissez un autre nom avec -Dslug=…"));
        }
        return file;
    }

    /** The path from the project's root, as the build prints it. */
    public String shown(Path file) {
        return DisplayPath.of(projectDir, file);
    }

    private static LocalDate date(String text, List<String> problems) {
        if (text.isEmpty()) {
            problems.add("-Ddate manque : donnez le jour du webinaire au format AAAA-MM-JJ, par exemple -Ddate=2021-03-10");
            return null;
        }
        try {
            LocalDate date = HeaderValues.date(text);
            if (!SessionScheduleRule.inRange(date)) {
                problems.add("-Ddate=" + text + " : la date doit être entre le " + SessionScheduleRule.FIRST_DAY + " et le "
                        + SessionScheduleRule.LAST_DAY + " ; vérifiez l'année");
                return null;
            }
            return date;
        } catch (DateTimeException e) {
            problems.add("-Ddate=" + text + " : la date s'écrit AAAA-MM-JJ et doit exister, par exemple -Ddate=2021-03-10");
            return null;
        }
    }

    /** A time the clocks skip that day (spring forward) is refused here as the validation would. */
    private void skipped(String option, LocalDate date, LocalTime time, List<String> problems) {
        if (time == null) {
            return;
        }
        ClockChangeRule.skipped(date.atTime(time), ZoneId.of(zone)).ifPresent(transition -> {
            String before = SessionHeader.TIME_FORMAT.format(transition.getDateTimeBefore());
            String after = SessionHeader.TIME_FORMAT.format(transition.getDateTimeAfter());
            problems.add(option + "=" + SessionHeader.TIME_FORMAT.format(time) + " : cette heure n'existe pas le " + date
                    + " (les horloges passent de " + before + " à " + after + ") ; choisissez une heure avant " + before
                    + " ou à partir de " + after);
        });
    }

    private static LocalTime time(String option, String text, String example, List<String> problems) {
        if (text.isEmpty()) {
            problems.add(option + " manque : donnez l'heure au format HH:mm, par exemple " + option + "=" + example);
            return null;
        }
        try {
            return HeaderValues.time(text);
        } catch (DateTimeException e) {
            problems.add(option + "=" + text + " : l'heure s'écrit HH:mm sur 24 heures, par exemple " + option + "=" + example);
            return null;
        }
    }

    private static List<String> tags(String text, List<String> problems) {
        List<String> tags = Arrays.stream(text.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        for (String tag : tags) {
            if (!Slugs.isSlug(tag)) {
                problems.add("-Dtags : `" + tag + "` n'est pas un thème valide ; écrivez-le en minuscules sans accent ni espace, par exemple `"
                        + Slugs.of(tag) + "` (les thèmes possibles sont dans tags.properties)");
            }
        }
        return tags;
    }

    /** The title's first words, cut between two words, so that the address stays readable. */
    public static String shortSlug(String title) {
        String slug = Slugs.of(title);
        if (slug.length() <= SLUG_LENGTH) {
            return slug;
        }
        int cut = slug.lastIndexOf('-', SLUG_LENGTH);
        return cut > 0 ? slug.substring(0, cut) : slug.substring(0, SLUG_LENGTH);
    }

    private String header(NewSession session, LocalDate date, LocalTime start, LocalTime end, List<String> tags) {
        StringBuilder header = new StringBuilder()
                .append(SessionHeader.TITLE).append('=').append(session.title()).append('\n')
                .append(SessionHeader.TYPE).append('=').append(SessionHeader.SESSION_TYPE).append('\n')
                .append(SessionHeader.STATUS).append("=published\n")
                .append(SessionHeader.DATE).append('=').append(date).append('\n')
                .append(SessionHeader.START).append('=').append(start).append('\n')
                .append(SessionHeader.END).append('=').append(end).append('\n')
                .append(SessionHeader.UID).append('=').append(uuids.get()).append('\n');
        if (!tags.isEmpty()) {
            header.append(SessionHeader.TAGS).append('=').append(String.join(",", tags)).append('\n');
        }
        return header.append("~~~~~~\n").toString();
    }

    /** French, for editors; no "--" inside (it would end an HTML comment early). */
    private String explanations() {
        return String.join("\n",
                "<!--",
                "Nouveau webinaire. Ce commentaire n'apparaît ni sur le site ni dans les agendas : gardez-le ou supprimez-le.",
                "",
                "L'en-tête ci-dessus (avant la ligne ~~~~~~) : une ligne clé=valeur chacune, sans commentaire.",
                "  title        le titre du webinaire",
                "  type         session (ne pas changer)",
                "  status       published : publié ; draft : brouillon, absent du site",
                "  date         le jour, AAAA-MM-JJ",
                "  start, end   heures de début et de fin, HH:mm, heure de " + zone,
                "  uid          l'identité du webinaire dans les agendas des inscrits : ne jamais la modifier,",
                "               ne jamais la copier dans un autre fichier",
                "Clés facultatives, à ajouter au besoin :",
                "  eventStatus  cancelled (annulé), postponed (reporté, nouvelle date inconnue),",
                "               rescheduled (nouvelle date fixée) ; scheduled par défaut",
                "  tags         thèmes séparés par des virgules, pris dans tags.properties",
                "  note         une phrase mise en avant (par exemple le dispositif conjoint)",
                "  summary      un résumé court, repris dans les agendas",
                "  registration closed pour fermer les inscriptions à ce webinaire",
                "Un webinaire publié ne se supprime jamais : pour l'annuler, ajoutez eventStatus=cancelled.",
                "Tout est expliqué dans docs/guide-redaction.md.",
                "",
                "Sous ce commentaire : la présentation du webinaire, en Markdown (facultative).",
                "-->",
                "",
                "");
    }
}
