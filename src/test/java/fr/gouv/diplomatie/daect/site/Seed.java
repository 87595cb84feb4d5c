package fr.gouv.diplomatie.daect.site;

import java.util.List;

/**
 * The facts of the source page (the ministry's announcement of the programme) that the site must
 * carry unchanged: the expected values of the site tests.
 */
final class Seed {

    record SessionFact(String title, String date, String hours, String note) {
    }

    static final String FRANCO_MAROCAIN = "Ce webinaire est organisé dans le cadre du dispositif conjoint franco-marocain, de soutien à la coopération décentralisée.";
    static final String FRANCO_SENEGALAIS = "Ce webinaire est organisé dans le cadre du dispositif conjoint franco-sénégalais de soutien à la coopération décentralisée.";

    static final List<SessionFact> SESSIONS_2020 = List.of(
            new SessionFact("Présentation de la coopération décentralisée franco-marocaine, de son dispositif de soutien et du contexte marocain",
                    "Lundi 26 octobre 2020", "de 14 h 00 à 16 h 00", FRANCO_MAROCAIN),
            new SessionFact("L'égalité femmes-hommes dans la coopération décentralisée", "Mercredi 18 novembre 2020", "de 10 h 00 à 12 h 30", null),
            new SessionFact("Les appels à projets de la DAECT : mode d'emploi", "Mercredi 2 décembre 2020", "de 10 h 00 à 12 h 30", null),
            new SessionFact("Coopérer avec le Sénégal pour le développement durable", "Mercredi 9 décembre 2020", "de 10 h 00 à 12 h 30", FRANCO_SENEGALAIS),
            new SessionFact("Développer des projets de coopération en Afrique anglophone", "Mercredi 16 décembre 2020", "de 10 h 00 à 12 h 30", null));

    static final List<SessionFact> SESSIONS_2021 = List.of(
            new SessionFact("La santé", "Mercredi 13 janvier 2021", "de 10 h 00 à 12 h 30", null),
            new SessionFact("Développer des coopérations en matière de sport dans la perspective des Jeux olympiques et paralympiques de 2024",
                    "Mercredi 20 janvier 2021", "de 10 h 00 à 12 h 30", null),
            new SessionFact("L'action extérieure des collectivités françaises des Amériques", "Mercredi 27 janvier 2021", "de 10 h 00 à 12 h 30", null),
            new SessionFact("Coopérer pour la jeunesse en temps de COVID-19", "Mercredi 3 février 2021", "de 10 h 00 à 12 h 30", null),
            new SessionFact("Le programme EXPE-CT", "Mercredi 17 février 2021", "de 10 h 00 à 12 h 30", null));

    static List<SessionFact> allSessions() {
        return java.util.stream.Stream.concat(SESSIONS_2020.stream(), SESSIONS_2021.stream()).toList();
    }

    static final List<String> INTRODUCTION = List.of(
            "Pour répondre aux besoins d'information des élus et des acteurs de l'action extérieure des collectivités territoriales, la Délégation pour l'action extérieure des collectivités territoriales (DAECT) a publié le guide opérationnel de la coopération décentralisée en septembre 2020.",
            "Cette publication a été élaborée sous l'égide de la Commission nationale de la coopération décentralisée (CNCD) en vue de fournir des points de repères à jour sur les possibilités d'engagement à l'international, pour les collectivités territoriales dans le cadre d'une diplomatie démultipliée.",
            "Afin d'approfondir certains des sujets présentés dans le guide opérationnel de la coopération décentralisée, la DAECT propose une série de webinaires portant sur des thématiques, des géographies ou des dispositifs d'accompagnement des collectivités territoriales.");

    static final String LINK_NOTE = "Le programme, le lien pour participer et la confirmation de l'horaire vous seront transmis quelques jours avant le webinaire choisi.";

    static final List<String> GUIDE_PARTS = List.of(
            "La première partie explique la valeur ajoutée que représente l'action internationale pour un élu dans le cadre de son mandat, en résonance avec son programme et les centres d'intérêt de sa collectivité.",
            "La deuxième partie offre aux porteurs de projets un accompagnement à la conception et la conduite d'un projet de coopération internationale en rappelant les aspects techniques (cadre juridique, sources de financement) d'une action internationale.",
            "Enfin, sous la forme d'un catalogue thématique et géographique, la troisième partie présente les projets et partenariats récemment lancés et encore ouverts à l'accueil de nouvelles collectivités territoriales françaises pour travailler ensemble à l'international, des exemples de projets, ainsi que des contacts utiles.");

    static final List<String> GUIDE_TEXT = List.of(
            "Cet outil méthodologique se décompose en trois parties :",
            "Dans le contexte sanitaire actuel, l'action internationale est une clé indispensable pour renforcer les liens durables au niveau local et apporter des solutions réciproques à des défis communs. L'action internationale des collectivités territoriales permet de contribuer à l'ouverture et à l'attractivité des territoires en participant à la mise en œuvre des objectifs de développement durable (ODD), inscrits dans l'Agenda 2030.",
            "Ce guide a été officiellement présenté lors de séance plénière de la commission nationale de la coopération décentralisée (CNCD) du lundi 21 septembre et lors des Rencontres de l'action internationale des collectivités territoriales les 21 et 22 septembre. L'ensemble de la collection, à savoir, le guide, sa synthèse et le cahier ludique sont disponibles gratuitement en version numérique.",
            "Télécharger le guide opérationnel de la coopération décentralisée (PDF)");

    private Seed() {
    }
}
