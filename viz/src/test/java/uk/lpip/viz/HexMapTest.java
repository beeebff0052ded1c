package uk.lpip.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class HexMapTest {
    private static final String[][] NI = {
        {"N09000001", "Antrim and Newtownabbey"}, {"N09000002", "Armagh City, Banbridge and Craigavon"},
        {"N09000003", "Belfast"}, {"N09000004", "Causeway Coast and Glens"}, {"N09000005", "Derry City and Strabane"},
        {"N09000006", "Fermanagh and Omagh"}, {"N09000007", "Lisburn and Castlereagh"}, {"N09000008", "Mid and East Antrim"},
        {"N09000009", "Mid Ulster"}, {"N09000010", "Newry, Mourne and Down"}, {"N09000011", "Ards and North Down"}};

    @Test
    void theBundledLayoutHoldsEveryUkLocalAuthorityWithItsName() {
        HexLayout uk = HexLayout.ukLocalAuthorities();
        assertEquals(361, uk.hexes().size());
        assertFalse(uk.schematic());
        assertEquals("Belfast", uk.hex("N09000003").orElseThrow().name());
        assertEquals("Stirling", uk.hex("S12000030").orElseThrow().name());
    }

    @Test
    void everyCouncilGetsOneNumberedHexAndTheKeyNamesItsEstimate() throws Exception {
        List<HexMap.Cell> cells = new ArrayList<>();
        for (int i = 0; i < NI.length; i++) {
            cells.add(new HexMap.Cell(NI[i][0], NI[i][1], 0.1 * i, 0.1 * i - 0.15, 0.1 * i + 0.15));
        }
        Document doc = parse(HexMap.svg("Employment rate: effect", cells, "%+.2f pp"));
        List<Element> councils = groups(doc, "council");
        assertEquals(11, councils.size());
        assertEquals(0, groups(doc, "context").size(), "no other council lies within a hex of Northern Ireland's");
        String all = doc.getDocumentElement().getTextContent();
        for (String[] c : NI) {
            assertTrue(all.contains(c[1] + ": "), c[1]);
        }
        assertTrue(all.contains("Open Innovations"), "the layout's credit is on the map");
    }

    @Test
    void neighbouringCouncilsAreDrawnFaintlyForContext() throws Exception {
        List<HexMap.Cell> cells = List.of(new HexMap.Cell("S12000030", "Stirling", 0.2, 0.1, 0.3),
                new HexMap.Cell("S12000014", "Falkirk", 0.1, -0.1, 0.3),
                new HexMap.Cell("S12000005", "Clackmannanshire", -0.2, -0.3, -0.1));
        Document doc = parse(HexMap.svg("t", cells, "%+.1f"));
        assertEquals(3, groups(doc, "council").size());
        List<Element> context = groups(doc, "context");
        assertTrue(context.size() >= 3, "the councils around the Forth Valley are drawn");
        for (Element g : context) {
            assertEquals(HexMap.CONTEXT_FILL, polygon(g).getAttribute("fill"));
        }
    }

    @Test
    void aCouncilWhoseIntervalIncludesZeroIsGreyAndASignificantOneIsColoured() throws Exception {
        List<HexMap.Cell> cells = List.of(
                new HexMap.Cell("N09000003", "Belfast", 0.5, 0.2, 0.8),
                new HexMap.Cell("N09000005", "Derry City and Strabane", 0.4, -0.1, 0.9),
                new HexMap.Cell("N09000006", "Fermanagh and Omagh", -0.5, -0.7, -0.3),
                new HexMap.Cell("N09000007", "Lisburn and Castlereagh", 0.3, 0.3, 0.3));
        Document doc = parse(HexMap.svg("t", cells, "%+.1f"));
        List<Element> councils = groups(doc, "council");
        assertEquals(HexMap.fill(cells.get(0), 0.5), polygon(councils.get(0)).getAttribute("fill"));
        assertEquals("#0072b2", polygon(councils.get(0)).getAttribute("fill"), "the largest gain is full blue");
        assertEquals(HexMap.NOT_SIGNIFICANT_FILL, polygon(councils.get(1)).getAttribute("fill"));
        assertEquals("#d55e00", polygon(councils.get(2)).getAttribute("fill"), "the largest loss is full vermillion");
        assertEquals(HexMap.NOT_SIGNIFICANT_FILL, polygon(councils.get(3)).getAttribute("fill"),
                "a zero-width interval is never significant");
        assertTrue(polygon(councils.get(1)).hasAttribute("stroke-dasharray"));
        assertFalse(polygon(councils.get(0)).hasAttribute("stroke-dasharray"));
    }

    @Test
    void councilsWithoutCodesGetASchematicLayoutThatSaysSo() throws Exception {
        List<HexMap.Cell> cells = List.of(new HexMap.Cell(null, "Dales", 1, 0.5, 1.5),
                new HexMap.Cell(null, "Vale", -1, -1.5, -0.5), new HexMap.Cell(null, "Coast & <Moor>", 0, -1, 1));
        String svg = HexMap.svg("t", cells, "%+.1f");
        Document doc = parse(svg);
        assertEquals(3, groups(doc, "council").size());
        assertEquals(0, groups(doc, "context").size());
        assertTrue(doc.getDocumentElement().getTextContent().contains("Schematic layout"));
        assertTrue(svg.contains("Coast &amp; &lt;Moor&gt;"), "names are escaped");
    }

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> groups(Document doc, String cls) {
        NodeList gs = doc.getElementsByTagName("g");
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < gs.getLength(); i++) {
            Element g = (Element) gs.item(i);
            if (cls.equals(g.getAttribute("class"))) {
                out.add(g);
            }
        }
        return out;
    }

    private static Element polygon(Element g) {
        return (Element) g.getElementsByTagName("polygon").item(0);
    }
}
