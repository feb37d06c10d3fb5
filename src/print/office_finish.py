# Finishes a document pandoc wrote as ODT, in LibreOffice (Debian's libreoffice-writer-nogui,
# driven through python3-uno): updates its table of contents, puts the footer on every page
# ("<footer> — page N sur M"), sets its title, and stores it as ODT, DOCX or PDF.
# Run by Vigie (src/print/office.cc), never by hand:
#   python3 office_finish.py IN.odt OUT FORMAT TITLE FOOTER PROFILE_DIR
# FORMAT: odt, docx or pdf. Exit status 0 when OUT was written; a message on stderr otherwise.
import os
import subprocess
import sys
import time

import uno
from com.sun.star.beans import PropertyValue

FILTERS = {"odt": "writer8", "docx": "MS Word 2007 XML", "pdf": "writer_pdf_Export"}


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(pipe):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(600):  # LibreOffice's first start with a new profile takes a few seconds
        try:
            return resolver.resolve("uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
        except Exception:
            time.sleep(0.1)
    raise RuntimeError("LibreOffice ne répond pas")


def add_footer(doc, footer):
    styles = doc.getStyleFamilies().getByName("PageStyles")
    for name in styles.getElementNames():
        style = styles.getByName(name)
        if not style.isInUse():
            continue
        style.FooterIsOn = True
        text = style.FooterText
        text.setString("")
        cursor = text.createTextCursor()
        text.insertString(cursor, footer + " — page ", False)
        number = doc.createInstance("com.sun.star.text.TextField.PageNumber")
        number.NumberingType = 4  # ARABIC
        number.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
        text.insertTextContent(cursor, number, False)
        text.insertString(cursor, " sur ", False)
        count = doc.createInstance("com.sun.star.text.TextField.PageCount")
        count.NumberingType = 4
        text.insertTextContent(cursor, count, False)


def rule(width):
    line = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    line.OuterLineWidth = width  # 1/100 mm
    line.Color = 0x808080
    return line


def frame_tables(doc):
    """pandoc's tables have no rules: give every cell a thin one, as a bilan's tables have."""
    tables = doc.getTextTables()
    for t in range(tables.getCount()):
        table = tables.getByIndex(t)
        border = table.TableBorder2
        for side in ("TopLine", "BottomLine", "LeftLine", "RightLine",
                     "HorizontalLine", "VerticalLine"):
            setattr(border, side, rule(2))
            setattr(border, "Is" + side + "Valid", True)
        table.TableBorder2 = border


def small_tables(doc):
    """Tables in 9 pt, so a bilan's seven columns keep their headings on one line."""
    styles = doc.getStyleFamilies().getByName("ParagraphStyles")
    for name in ("Table Contents", "Table Heading", "Table_20_Contents", "Table_20_Heading"):
        if styles.hasByName(name):
            styles.getByName(name).CharHeight = 9


def main():
    source, target, kind, title, footer, profile = sys.argv[1:7]
    pipe = "vigie%d" % os.getpid()
    office = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--nologo", "--norestore", "--nodefault",
         "-env:UserInstallation=" + uno.systemPathToFileUrl(profile),
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        desktop = connect(pipe).ServiceManager.createInstance("com.sun.star.frame.Desktop")
        doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(os.path.abspath(source)),
                                           "_blank", 0, (prop("Hidden", True),))
        doc.getDocumentProperties().Title = title
        add_footer(doc, footer)
        frame_tables(doc)
        small_tables(doc)
        indexes = doc.getDocumentIndexes()
        for i in range(indexes.getCount()):
            indexes.getByIndex(i).update()  # after the footer: page numbers are final
        doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(target)),
                       (prop("FilterName", FILTERS[kind]),))
        doc.close(True)
        try:
            desktop.terminate()
        except Exception:  # LibreOffice closes the bridge as it quits
            pass
        office.wait(timeout=30)
    finally:
        if office.poll() is None:
            office.kill()


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # the message Vigie shows in its error
        print("%s: %s" % (type(e).__name__, e), file=sys.stderr)
        sys.exit(1)
