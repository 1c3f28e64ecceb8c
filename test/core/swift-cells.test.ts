// Party cells of a trade bank's screening export (SWIFT MT700 / MT103 / MT202 party fields copied into Excel; 2026-12zw
// round, matching-52): the field tag and account before the name, the bank's words before a party, references and
// amounts after it, structured 59F lines, vessel owners and names cut mid-word by 35-character lines. Queries outside
// the labelled set.
import { Screener, bundledDataset } from "../../src/core";
import { readCellAnatomy } from "../../src/core/cells";
import { swiftLead, swiftNameReadings, swiftTail, vesselOwners } from "../../src/core/cells/swift";

const screener = new Screener(bundledDataset());
const screen = (name: string, country?: string) => screener.screenAll([{ name, country }])[0];
const readings = (cell: string) => swiftNameReadings(cell).map((r) => r.text);
const ZHONGTAI = "uflpa-2023-06-12-xinjiang-zhongtai-chemical-co-ltd";
const ZHONGHE = "uflpa-2024-11-25-xinjiang-zhonghe-co-ltd-also-known-as-xinjiang-joinworld-co-";
const TIANHONGJI = "uflpa-2026-08-03-xinjiang-tianhongji-technology-co-ltd";
const HANGTON = "wro-2021-08-04-hangton-no-112";

describe("a SWIFT tag and account before the name", () => {
  it("reads the tag and an account or IBAN without spaces, or a labelled account in groups, as the lead", () => {
    expect(swiftLead("59:/6222023456789012345 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59:/6222023456789012345 ");
    expect(swiftLead("/DE44500105175407324931 XINJIANG ZHONGHE CO., LTD.")).toBe("/DE44500105175407324931 ");
    expect(swiftLead("50K:/0011223344 ACME")).toBe("50K:/0011223344 ");
    expect(swiftLead("ACCT 6217 0000 1111 2222 333 XINJIANG ZHONGHE CO LTD")).toBe("ACCT 6217 0000 1111 2222 333 ");
    expect(swiftLead("59:XINJIANG ZHONGHE CO., LTD.")).toBe("59:");
    // Not a field tag, not an account: a name with figures or a slash stays whole.
    expect(swiftLead("3M CHINA LTD")).toBe("");
    expect(swiftLead("A/S STORE NORD")).toBe("");
    expect(swiftLead("99: BOTTLES CO")).toBe("");
  });

  it("finds the listed firm behind the tag and account, on the name's line or on a line of its own", () => {
    for (const cell of [
      "59:/6222023456789012345 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "50K:/6222023456789012345\nXINJIANG ZHONGTAI CHEMICAL CO. LTD.\nURUMQI XINJIANG",
      "ACCT 6217 0000 1111 2222 333 XINJIANG ZHONGTAI CHEMICAL CO LTD",
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(ZHONGTAI);
    }
    expect(readCellAnatomy("59:/6222023456789012345 XINJIANG ZHONGTAI CHEMICAL CO LTD").candidates[0].text).toBe(
      "XINJIANG ZHONGTAI CHEMICAL CO LTD",
    );
  });

  it("reads a short account after a tag, a space after the slash or before the colon, and 1/ on the tag's line", () => {
    expect(swiftLead("59:/0011 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59:/0011 ");
    expect(swiftLead("59:/ 0011 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59:/ 0011 ");
    expect(swiftLead("59 : XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59 : ");
    expect(swiftLead("59 :/123456 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59 :/123456 ");
    expect(swiftLead("59F:1/XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59F:1/");
    // Without a tag a short account is no lead, and after a tag a slash and letters alone are no account.
    expect(swiftLead("/0011 ACME CO LTD")).toBe("");
    expect(swiftLead("59:/ACME CO LTD")).toBe("");
    for (const cell of [
      "59:/0011 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "59:/ 0011 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "59 : XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "59 :/123456 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "59F:1/XINJIANG ZHONGTAI CHEMICAL CO LTD\n2/NO 1 ROAD URUMQI\n3/CN/URUMQI",
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(ZHONGTAI);
    }
  });

  it("reads the field behind a status mark as at the start of a cell", () => {
    const r = screen("[BLOCKED] 59:/6222023456789012345 XINJIANG ZHONGTAI CHEMICAL CO LTD OUR REF ZT/24/0017", "CN");
    expect(r.risk).not.toBe("none");
    expect(r.match?.listing.id).toBe(ZHONGTAI);
  });
});

describe("the bank's words before a party", () => {
  it("screens the party after IN FAVOUR OF, FOR ACCOUNT OF and ON BEHALF OF, and each of two parties on one line", () => {
    expect(screen("IN FAVOUR OF XINJIANG ZHONGHE CO., LTD.", "CN").match?.listing.id).toBe(ZHONGHE);
    expect(screen("ON BEHALF OF XINJIANG ZHONGHE CO LTD", "CN").risk).toBe("high");
    const cell = "FOR ACCOUNT OF SIEMENS AG MUNICH IN FAVOUR OF XINJIANG ZHONGTAI CHEMICAL CO LTD";
    expect(readings(cell)).toEqual(expect.arrayContaining(["SIEMENS AG MUNICH", "XINJIANG ZHONGTAI CHEMICAL CO LTD"]));
    const r = screen(cell, "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(ZHONGTAI);
  });
});

describe("a subordinate unit behind the bank's words", () => {
  it("reads the unit's parent after ON BEHALF OF", () => {
    expect(screen("ON BEHALF OF BINGTUAN 8TH DIVISION SHIHEZI XINJIANG", "CN").risk).toBe("high");
    expect(screen("ON BEHALF OF GLENCORE INTERNATIONAL AG BAAR", "CH").risk).toBe("none");
  });
});

describe("a reference or an amount after the name", () => {
  it("sets our reference, an LC number and an amount aside", () => {
    const cell = "BENEFICIARY: XINJIANG ZHONGHE CO., LTD. OUR REF ZH24/0091 USD 88,000.00";
    expect(cell.slice(0, swiftTail(cell))).toBe("BENEFICIARY: XINJIANG ZHONGHE CO., LTD.");
    expect(swiftTail("ACME CO LTD LC NO. 0457ILC2400999")).toBe("ACME CO LTD".length);
    expect(swiftTail("ACME CO LTD AMOUNT USD 1,000.00")).toBe("ACME CO LTD".length);
    // A word and a figure that are no reference stay: "REFINERY NO. 2", "USD" without an amount.
    expect(swiftTail("ACME REFINERY NO. 2")).toBe(-1);
    expect(swiftTail("USD TRADING CO")).toBe(-1);
    const r = screen(cell, "CN");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(ZHONGHE);
  });
});

describe("a structured 59F field and vessel owners", () => {
  it("reads 59F's 1/ lines as the name and its 2/ and 3/ lines as the address", () => {
    const cell = "59F:/1234567890\n1/XINJIANG ZHONGTAI CHEMICAL CO. LTD.\n2/NO. 39 NORTH ROAD\n3/CN/URUMQI";
    expect(readings(cell)[0]).toBe("XINJIANG ZHONGTAI CHEMICAL CO. LTD.");
    expect(screen(cell, "CN").risk).toBe("high");
  });

  it("sets the owners' words aside before a vessel", () => {
    expect(vesselOwners("OWNERS OF FV HANGTON NO 112")).toBe("OWNERS OF ");
    expect(vesselOwners("OWNERS OF HANGTON TRADING")).toBe("");
    const r = screen("59:/0099887766\nOWNER OF F/V HANGTON NO. 112\nSUVA", "FJ");
    expect(r.risk).toBe("high");
    expect(r.match?.listing.id).toBe(HANGTON);
  });
});

describe("a name cut mid-word by 35-character lines", () => {
  it("joins the pieces without the space only where a 35-character line was cut mid-word", () => {
    const kept = "59:/6222023456789012346\nXINJIANG TIANHONGJI SILICON INDUSTR\nY CO., LTD.";
    expect(readings(kept)).toContain("XINJIANG TIANHONGJI SILICON INDUSTRY CO., LTD.");
    const joined = "59:/6222023456789012346 XINJIANG TIANHONGJI SILICON INDUSTR Y CO., LTD.";
    expect(readings(joined)).toContain("XINJIANG TIANHONGJI SILICON INDUSTRY CO., LTD.");
    for (const cell of [kept, joined]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(TIANHONGJI);
    }
    // After a label or the bank's words the name need not have begun a line: no join at the 35th character.
    expect(readings("BENEFICIARY: ZHUHAI SEINE PRINTING TECHNOLOGY CO LTD")).toEqual(["ZHUHAI SEINE PRINTING TECHNOLOGY CO LTD"]);
    expect(readings("IN FAVOUR OF BINGTUAN (XPCC) 7TH DIVISION KUYTUN XINJIANG")).toEqual(["BINGTUAN (XPCC) 7TH DIVISION KUYTUN XINJIANG"]);
    // A shorter line is a word wrap, not a cut: no join.
    expect(readings("59:/123456789\nACME TRADING\nCO LTD")).not.toContain("ACME TRADINGCO LTD");
  });
});

describe("review-names-7: other SWIFT shapes", () => {
  it("reads the block form's leading colon, an account in groups after the slash and an IBAN after its label", () => {
    expect(swiftLead(":59:/6222023456789012345 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe(":59:/6222023456789012345 ");
    expect(swiftLead("59:/6222 0812 3456 7891 116 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("59:/6222 0812 3456 7891 116 ");
    expect(swiftLead("IBAN DE89 3704 0044 0532 0130 00 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("IBAN DE89 3704 0044 0532 0130 00 ");
    expect(swiftLead("IBAN: DE89370400440532013000 XINJIANG ZHONGTAI CHEMICAL CO LTD")).toBe("IBAN: DE89370400440532013000 ");
    // A word after the label or the slash is not an account.
    expect(swiftLead("IBAN SERVICES LTD")).toBe("");
    expect(swiftLead("/DE89 ACME TRADING")).toBe("");
    for (const cell of [
      ":59:/6222081234567891116 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      ":59:XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "59:/6222 0812 3456 7891 116 XINJIANG ZHONGTAI CHEMICAL CO LTD",
      "IBAN DE89 3704 0044 0532 0130 00 XINJIANG ZHONGTAI CHEMICAL CO LTD",
    ]) {
      const r = screen(cell, "CN");
      expect(r.risk).toBe("high");
      expect(r.match?.listing.id).toBe(ZHONGTAI);
    }
  });
});

describe("negatives in the same shapes", () => {
  it("leaves clean firms clean", () => {
    for (const cell of [
      "59:/6222081234567890001 HAIER SMART HOME CO LTD",
      "IN FAVOUR OF MIDEA GROUP CO LTD OUR REF MD24/001 USD 12,000.00",
      "FOR ACCOUNT OF SIEMENS AG MUNICH IN FAVOUR OF SHANGHAI ELECTRIC GROUP CO LTD",
      "59F:/1234567890\n1/ZHEJIANG GEELY HOLDING GROUP CO., L\n1/TD.\n3/CN/HANGZHOU",
      "59:/0099887766\nOWNERS OF FV OCEAN STAR NO 8\nBUSAN",
    ])
      expect(screen(cell, "CN").risk).toBe("none");
  });

  it("gives a look-alike nothing it does not have without the SWIFT marks", () => {
    for (const name of ["ZHONGTAI SECURITIES CO LTD", "TANGSHAN JIDONG CEMENT CO LTD", "XINJIANG GOLDWIND SCIENCE AND TECHNOLOGY CO LTD"]) {
      const plain = screen(name, "CN");
      for (const cell of [`59:/6222081234567890002 ${name}`, `IN FAVOUR OF ${name} OUR REF AB24/7 USD 1,000.00`]) {
        const r = screen(cell, "CN");
        expect(r.risk).toBe(plain.risk);
        expect(r.match?.listing.id).toBe(plain.match?.listing.id);
      }
    }
  });
});
