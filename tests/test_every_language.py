"""Every language the project lists works end to end: split, clean, every method.

A language added to :func:`summarizer.language.supported_languages` needs a sample
here (five sentences, one with an abbreviation of that language where it has one).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer import split_sentences, summarize
from summarizer.clean import clean
from summarizer.cli import app
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
    "chinese": [
        "市议会周一批准了新的预算。",
        "根据计划，学校将获得更多资金。",
        "批评者说，这个计划忽视了公共交通。",
        "市长本周会签署吗？",
        "公开听证会定于一月举行。",
    ],
    "czech": [
        "Městská rada v pondělí schválila nový rozpočet.",
        "Podle ředitele odboru dostanou školy více peněz.",
        "Kritici říkají, že plán zapomíná na dopravu.",
        "Podepíše ho starosta tento týden?",
        "Veřejné slyšení se bude konat v lednu.",
    ],
    "danish": [
        "Byrådet godkendte det nye budget mandag.",
        "Ifølge forvaltningen får skolerne flere penge.",
        "Kritikere siger, at planen glemmer den offentlige transport.",
        "Vil borgmesteren skrive under i denne uge?",
        "Der holdes et offentligt møde i januar.",
    ],
    "dutch": [
        "De gemeenteraad keurde maandag de nieuwe begroting goed.",
        "Volgens de wethouder krijgen scholen meer geld.",
        "Critici zeggen dat het plan het openbaar vervoer vergeet.",
        "Tekent de burgemeester deze week?",
        "In januari is er een openbare hoorzitting.",
    ],
    "finnish": [
        "Kaupunginvaltuusto hyväksyi uuden talousarvion maanantaina.",
        "Virkamiesten mukaan koulut saavat lisää rahaa.",
        "Arvostelijoiden mukaan suunnitelma unohtaa joukkoliikenteen.",
        "Allekirjoittaako pormestari sen tällä viikolla?",
        "Julkinen kuuleminen järjestetään tammikuussa.",
    ],
    "greek": [
        "Το δημοτικό συμβούλιο ενέκρινε τον νέο προϋπολογισμό τη Δευτέρα.",
        "Σύμφωνα με τον δήμαρχο, τα σχολεία θα πάρουν περισσότερα χρήματα.",
        "Οι επικριτές λένε ότι το σχέδιο ξεχνά τις συγκοινωνίες.",
        "Η ψηφοφορία έγινε αργά το βράδυ.",
        "Μια δημόσια ακρόαση θα γίνει τον Ιανουάριο.",
    ],
    "hebrew": [
        "מועצת העיר אישרה ביום שני את התקציב החדש.",
        "לדברי ראש העיר, בתי הספר יקבלו יותר כסף.",
        "המבקרים אומרים שהתוכנית שוכחת את התחבורה הציבורית.",
        "האם ראש העיר יחתום השבוע?",
        "שימוע ציבורי ייערך בינואר.",
    ],
    "hungarian": [
        "A városi tanács hétfőn elfogadta az új költségvetést.",
        "A polgármester szerint az iskolák több pénzt kapnak.",
        "A bírálók szerint a terv megfeledkezik a közlekedésről.",
        "Aláírja a polgármester ezen a héten?",
        "Januárban nyilvános meghallgatást tartanak.",
    ],
    "japanese": [
        "市議会は月曜日に新しい予算を承認した。",
        "計画によると、学校への予算が増える。",
        "批判する人は、公共交通が忘れられていると言う。",
        "市長は今週署名するのだろうか？",
        "公聴会は一月に開かれる予定だ。",
    ],
    "korean": [
        "시의회는 월요일에 새 예산을 승인했다.",
        "계획에 따르면 학교들은 더 많은 돈을 받는다.",
        "비판자들은 이 계획이 대중교통을 잊었다고 말한다.",
        "시장은 이번 주에 서명할까?",
        "공청회는 1월에 열릴 예정이다.",
    ],
    "norwegian": [
        "Bystyret vedtok det nye budsjettet mandag.",
        "Ifølge rådmannen får skolene mer penger.",
        "Kritikere sier at planen glemmer kollektivtrafikken.",
        "Skriver ordføreren under denne uken?",
        "Det blir et åpent møte i januar.",
    ],
    "polish": [
        "Rada miasta zatwierdziła w poniedziałek nowy budżet.",
        "Według urzędników szkoły dostaną więcej pieniędzy.",
        "Krytycy mówią, że plan zapomina o transporcie publicznym.",
        "Czy burmistrz podpisze go w tym tygodniu?",
        "Wysłuchanie publiczne odbędzie się w styczniu.",
    ],
    "romanian": [
        "Consiliul local a aprobat luni noul buget.",
        "Potrivit primarului, școlile vor primi mai mulți bani.",
        "Criticii spun că planul uită de transportul public.",
        "Va semna primarul săptămâna aceasta?",
        "O dezbatere publică va avea loc în ianuarie.",
    ],
    "russian": [
        "Городской совет в понедельник утвердил новый бюджет.",
        "По словам мэра, школы получат больше денег.",
        "Критики говорят, что план забывает об общественном транспорте.",
        "Подпишет ли мэр его на этой неделе?",
        "Публичные слушания пройдут в январе.",
    ],
    "slovak": [
        "Mestské zastupiteľstvo v pondelok schválilo nový rozpočet.",
        "Podľa primátora dostanú školy viac peňazí.",
        "Kritici hovoria, že plán zabúda na verejnú dopravu.",
        "Podpíše ho primátor tento týždeň?",
        "Verejné vypočutie sa uskutoční v januári.",
    ],
    "ukrainian": [
        "Міська рада в понеділок затвердила новий бюджет.",
        "За словами мера, школи отримають більше грошей.",
        "Критики кажуть, що план забуває про громадський транспорт.",
        "Чи підпише мер його цього тижня?",
        "Громадські слухання відбудуться в січні.",
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


def _bare_shapes(sentences: list[str]) -> dict[str, str]:
    """A bare short text in the shapes users paste: one paragraph, two, one per sentence."""
    return {
        "one paragraph": " ".join(sentences),
        "two paragraphs (3 + 2)": " ".join(sentences[:3]) + "\n\n" + " ".join(sentences[3:]),
        "two paragraphs (2 + 2)": " ".join(sentences[:2]) + "\n\n" + " ".join(sentences[2:4]),
        "a paragraph per sentence": "\n\n".join(sentences),
    }


@pytest.mark.parametrize("language", supported_languages())
def test_a_bare_short_text_is_kept_whole(language: str) -> None:
    # Two paragraphs give the line model almost no context; a model trained on whole
    # pages alone dropped 15 of these paragraphs (benchmarks/cleaner_data.bare_openings).
    for shape, text in _bare_shapes(SAMPLES[language]).items():
        cleaned = clean(text, language=language)
        dropped = [line.text for line in cleaned.lines
                   if line.text.strip() and line.label not in ("body", "heading")]
        assert not dropped, (shape, dropped)


UNSUPPORTED = {
    "tr": "İzmir Körfezi'nde balık ölümleri sürüyor. Belediye ekipleri sabah saatlerinde "
          "kıyıda çalışmaya başladı ve yüzlerce ton ölü balık topladı. Uzmanlar, sıcak hava "
          "ve oksijen eksikliğinin ölümlere yol açtığını söylüyor.",
    "id": "Banjir rob kembali merendam kawasan pesisir Semarang pada Selasa pagi. Warga "
          "mengatakan air laut masuk ke rumah mereka sejak subuh. Pemerintah kota berjanji "
          "mempercepat pembangunan tanggul di wilayah utara.",
}
"""Languages py3langid knows and the project does not support."""


@pytest.mark.parametrize("language", supported_languages())
def test_a_supported_language_is_not_called_unsupported(language: str) -> None:
    summary = summarize(" ".join(SAMPLES[language]), sentences=2)
    assert not any("not supported" in warning for warning in summary.warnings)


@pytest.mark.parametrize("code", sorted(UNSUPPORTED))
@pytest.mark.parametrize("clean", [True, False])
def test_an_unsupported_language_is_read_as_the_closest_with_a_warning(code: str,
                                                                       clean: bool) -> None:
    summary = summarize(UNSUPPORTED[code], sentences=2, clean=clean)
    assert summary.language in supported_languages()
    said = [warning for warning in summary.warnings if "not supported" in warning]
    assert len(said) == 1
    assert f"'{code}'" in said[0]
    assert summary.language in said[0]
    assert "language" in said[0]  # says how to choose one


def test_a_language_given_is_used_without_a_warning() -> None:
    summary = summarize(UNSUPPORTED["tr"], sentences=2, language="english")
    assert summary.language == "english"
    assert not any("not supported" in warning for warning in summary.warnings)


def test_the_cli_warns_of_an_unsupported_language(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(UNSUPPORTED["id"], encoding="utf-8")
    result = CliRunner().invoke(app, ["summarize", str(page), "--sentences", "2"])
    assert result.exit_code == 0
    assert "not supported" in result.stderr
    assert "--language" in result.stderr
