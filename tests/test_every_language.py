"""Every language the project lists works end to end: split, clean, every method.

A language added to :func:`summarizer.language.supported_languages` needs a sample
here (five sentences, one with an abbreviation of that language where it has one).
"""

from __future__ import annotations

import pytest

from summarizer import split_sentences, summarize
from summarizer.language import supported_languages
from summarizer.methods import available_methods

SAMPLES = {
    "arabic": [
        "وافق مجلس المدينة على الميزانية الجديدة يوم الاثنين.",
        "وتشمل الميزانية أموالا إضافية للمدارس.",
        "وقال المنتقدون إن الخطة تتجاهل النقل العام.",
        "هل سيوقع رئيس البلدية عليها هذا الأسبوع؟",
        "ومن المقرر عقد جلسة استماع عامة في يناير.",
    ],
    "english": [
        "The city council approved the new budget on Monday.",
        "According to Dr. Smith, schools will get more money.",
        "Critics said the plan ignores public transport.",
        "Will the mayor sign it this week?",
        "A public hearing is set for Jan. 5 at City Hall.",
    ],
    "french": [
        "Le conseil municipal a approuvé le budget lundi.",
        "Selon M. Dupont, les écoles recevront plus d'argent.",
        "Les critiques disent que le plan oublie les transports.",
        "Le maire signera-t-il le texte cette semaine ?",
        "Une réunion publique aura lieu le 5 janvier.",
    ],
    "german": [
        "Der Stadtrat hat am Montag den Haushalt beschlossen.",
        "Laut Dr. Müller erhalten die Schulen z. B. mehr Geld.",
        "Kritiker sagen, der Plan vergesse den Verkehr.",
        "Unterschreibt der Bürgermeister ihn diese Woche?",
        "Eine Anhörung findet am 5. Januar statt.",
    ],
    "italian": [
        "Il consiglio comunale ha approvato il bilancio lunedì.",
        "Secondo il Dott. Rossi, le scuole riceveranno più fondi.",
        "I critici dicono che il piano trascura i trasporti.",
        "Il sindaco lo firmerà questa settimana?",
        "Un'audizione pubblica si terrà a gennaio.",
    ],
    "portuguese": [
        "A câmara municipal aprovou o orçamento na segunda-feira.",
        "Segundo a Dra. Costa, as escolas vão receber mais dinheiro.",
        "Os críticos dizem que o plano esquece os transportes.",
        "O prefeito vai assiná-lo esta semana?",
        "Uma audiência pública será realizada em janeiro.",
    ],
    "spanish": [
        "El ayuntamiento aprobó el presupuesto el lunes.",
        "Según la Sra. García, las escuelas recibirán más dinero.",
        "Los críticos dicen que el plan olvida el transporte.",
        "¿Lo firmará el alcalde esta semana?",
        "Habrá una audiencia pública en enero.",
    ],
    "swedish": [
        "Kommunfullmäktige godkände budgeten i måndags.",
        "Enligt bl.a. skolchefen får skolorna mer pengar.",
        "Kritiker säger att planen glömmer kollektivtrafiken.",
        "Skriver kommunalrådet under den i veckan?",
        "Ett offentligt möte hålls i januari.",
    ],
}


def test_every_listed_language_has_a_sample() -> None:
    assert set(supported_languages()) <= set(SAMPLES)


@pytest.mark.parametrize("language", supported_languages())
def test_sentences_are_found(language: str) -> None:
    text = " ".join(SAMPLES[language])
    assert split_sentences(text, language=language) == SAMPLES[language]


@pytest.mark.parametrize("method", available_methods())
@pytest.mark.parametrize("language", supported_languages())
def test_every_method_summarizes(language: str, method: str) -> None:
    text = " ".join(SAMPLES[language][:3]) + "\n\n" + " ".join(SAMPLES[language][3:])
    summary = summarize(text, language=language, method=method, sentences=3)
    assert summary.document_sentences == 5
    assert summary.language == language
    assert len(summary) == 3
    assert all(sentence in SAMPLES[language] for sentence in summary.sentences)
