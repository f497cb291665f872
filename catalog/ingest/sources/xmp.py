"""XMP packets (RDF/XML) read with lxml: dc:description, dc:creator, photoshop:Credit,
photoshop:Source, photoshop:City, photoshop:Country, photoshop:DateCreated, headline."""

from __future__ import annotations

from lxml import etree

from .image_fields import ImageFields, clean_field

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
DC = "http://purl.org/dc/elements/1.1/"
PHOTOSHOP = "http://ns.adobe.com/photoshop/1.0/"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_FIELDS = {
    "caption": ((DC, "description"),),
    "headline": ((PHOTOSHOP, "Headline"), (DC, "title")),
    "photographer": ((DC, "creator"),),
    "credit": ((PHOTOSHOP, "Credit"),),
    "agency": ((PHOTOSHOP, "Source"),),
    "date": ((PHOTOSHOP, "DateCreated"),),
    "city": ((PHOTOSHOP, "City"),),
    "country": ((PHOTOSHOP, "Country"),),
}
# No DTDs, entities or network: an image's XMP is untrusted input.
_PARSER = etree.XMLParser(
    resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
)


def _value(root: etree._Element, namespace: str, name: str) -> str | None:
    tag = f"{{{namespace}}}{name}"
    for description in root.iter(f"{{{RDF}}}Description"):
        attribute = description.get(tag)  # the short form: <rdf:Description ns:Name="...">
        if attribute:
            return clean_field(attribute)
    for element in root.iter(tag):
        items = list(element.iter(f"{{{RDF}}}li"))
        if not items:
            return clean_field(element.text)
        # A language alternative: x-default first; a sequence (creators): every item.
        container = items[0].getparent()
        if container is not None and container.tag == f"{{{RDF}}}Alt":
            default = [i for i in items if i.get(XML_LANG) == "x-default"]
            return clean_field((default or items)[0].text)
        return clean_field([i.text for i in items])
    return None


def fields_from_xmp(packet: bytes | str) -> ImageFields:
    data = packet.encode("utf-8") if isinstance(packet, str) else packet
    data = data.strip(b"\x00 \t\r\n")
    start = data.find(b"<")
    if start < 0:
        return ImageFields()
    try:
        root = etree.fromstring(data[start:], _PARSER)
    except etree.XMLSyntaxError:
        return ImageFields()
    if root is None:
        return ImageFields()
    values = {
        field: next((v for v in (_value(root, ns, n) for ns, n in names) if v), None)
        for field, names in _FIELDS.items()
    }
    return ImageFields(**values)
