package id.anjungan.kiosk.bench;

import id.anjungan.kiosk.browse.VacancyCard;
import java.util.List;

/**
 * The alternative a centre would otherwise pick: the same vacancy list as one web page in a
 * Chromium kiosk, cards in a CSS grid and a search box that filters them as you type. After the
 * page has loaded and painted it reports the time, then types the benchmark's words into its own
 * search box and reports each keystroke's time (filter + forced layout).
 */
final class ChromiumPage {
    private ChromiumPage() {
    }

    static String html(List<VacancyCard> cards, List<String> words) {
        StringBuilder page = new StringBuilder(cards.size() * 400);
        page.append("""
                <!doctype html><html lang="id"><head><meta charset="utf-8"><title>Lowongan</title>
                <style>
                body{margin:0;font-family:'Noto Sans',sans-serif;background:#f4f6f8}
                header{padding:24px 40px;font-size:40px;font-weight:bold}
                #q{font-size:32px;margin:0 40px 24px;padding:16px;width:60%}
                .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(560px,1fr));gap:24px;padding:0 40px}
                .card{background:#fff;border-radius:16px;padding:24px;min-height:180px}
                .card h2{font-size:30px;margin:0 0 8px} .card p{font-size:24px;margin:4px 0}
                </style></head><body><header>Lowongan kerja</header><input id="q" placeholder="Cari">
                <div class="cards" id="cards">
                """);
        for (VacancyCard card : cards) {
            page.append("<div class=\"card\"><h2>").append(escape(card.title())).append("</h2><p>")
                    .append(escape(card.employer())).append("</p><p>").append(escape(card.place())).append("</p><p>")
                    .append(escape(card.pay())).append("</p><p>Batas lamaran ").append(escape(card.deadline()))
                    .append(" · ").append(escape(card.openings())).append("</p></div>\n");
        }
        page.append("</div><script>\nconst words = [");
        for (String word : words) {
            page.append('"').append(word).append("\",");
        }
        page.append("""
                ];
                addEventListener('load', () => requestAnimationFrame(() => requestAnimationFrame(() => {
                  fetch('/loaded?t=' + Date.now()).then(() => setTimeout(typeWords, 3000));
                })));
                function typeWords() {
                  const cards = Array.from(document.querySelectorAll('.card'));
                  const texts = cards.map(c => c.textContent.toLowerCase());
                  const times = [];
                  const type = (text) => {
                    const t0 = performance.now();
                    const parts = text.toLowerCase().split(/\\s+/).filter(p => p);
                    for (let i = 0; i < cards.length; i++) {
                      const hit = parts.every(p => texts[i].includes(p));
                      cards[i].style.display = hit ? '' : 'none';
                    }
                    document.body.offsetHeight; // the layout of the list, as the kiosk's is measured
                    return performance.now() - t0;
                  };
                  for (let round = 0; round < 3; round++) {
                    for (const word of words) {
                      for (let n = 1; n <= word.length; n++) {
                        const t = type(word.substring(0, n));
                        if (round > 0) times.push(t);
                      }
                      type('');
                    }
                  }
                  fetch('/searched', {method: 'POST', body: times.join(',')});
                }
                </script></body></html>
                """);
        return page.toString();
    }

    private static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
