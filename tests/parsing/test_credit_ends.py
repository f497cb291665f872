"""The credit reader's answers to the text reader's questions on credits in the forms scraped
text prints them: at the end after words that are no sentence, glued to the last word, alone as
"Name, AGENCY", before the caption behind a label or as a slash chain. Captions written for
the test in those shapes."""

from __future__ import annotations

import pytest

from catalog.parsing import leading_credit, read_credit, split_credit


@pytest.mark.parametrize(
    "text, credit",
    [
        pytest.param("The old town hall of Graz Photo: IC", "Photo: IC", id="label-after-words"),
        pytest.param(
            "Hochwasser in Passau: Die Altstadt ist überflutet.Foto: dpa",
            "Foto: dpa",
            id="label-glued-to-last-word",
        ),
        pytest.param("洪水中,战士在大堤上抢险。摄影王小明", "摄影王小明", id="chinese-glued"),
        pytest.param(
            "Jo Roe, Red Room, 2011. Oil on linen, 40 x 30 cm © Jo Roe Estate. Photo: Ana Lima. "
            "Courtesy Gallery North.",
            "© Jo Roe Estate. Photo: Ana Lima. Courtesy Gallery North",
            id="museum-credit-sentences",
        ),
        pytest.param(
            "Les bénévoles montent la tente pour le bal. Photo Jean DUPONT",
            "Photo Jean DUPONT",
            id="photo-name-without-colon",
        ),
        pytest.param("Jane Roe, USA TODAY", "Jane Roe, USA TODAY", id="name-comma-agency-alone"),
        pytest.param("Evan Moss, AP", "Evan Moss, AP", id="name-comma-ap-alone"),
        pytest.param(
            "Students cheer. (left photo by Ann Lee; right photo by Bo Kim)",
            "left photo by Ann Lee; right photo by Bo Kim",
            id="position-photo-by",
        ),
        pytest.param("(DHA Photo)", "DHA Photo", id="initials-photo"),
        pytest.param("– Reuters", None, id="sign-off"),
        pytest.param("Neko Harbour, Antarctica, 22 February", None, id="place-date-line"),
        pytest.param("Das Foto: ein Symbol der Stadt.", None, id="label-word-in-a-sentence"),
        pytest.param(
            "Deals on Festival Tickets, Plus Events in the South Bay/Peninsula",
            None,
            id="headline-ending-in-a-pair",
        ),
        pytest.param("Reuters contributed to this report.", None, id="contributed"),
    ],
)
def test_split_credit(text: str, credit: str | None) -> None:
    found = split_credit(text)
    assert (found[1] if found else None) == credit


@pytest.mark.parametrize(
    "text, credit",
    [
        pytest.param(
            "Фото: Иван Петров / ТАСС Участники акции идут по проспекту",
            "Фото: Иван Петров / ТАСС",
            id="label-name-agency-initials",
        ),
        pytest.param(
            "Foto: Ana Lopes Manifestantes marcham pela avenida",
            "Foto: Ana Lopes",
            id="label-name",
        ),
        pytest.param(
            "Reprodução/Instagram/anasilva Ana Silva posa no tapete vermelho",
            "Reprodução/Instagram/anasilva",
            id="slash-chain",
        ),
        pytest.param("Israel/Gaza War: latest news", None, id="pair-of-words"),
        pytest.param("Photo: the view from the top", None, id="label-then-sentence"),
    ],
)
def test_leading_credit(text: str, credit: str | None) -> None:
    found = leading_credit(text)
    assert (found[0] if found else None) == credit


def test_labels_of_other_languages_read_as_credit_labels() -> None:
    for credit in ("Фото: Иван Петров", "تصوير : محمد العلي", "摄影王小明"):
        assert read_credit(credit).strength == 3
