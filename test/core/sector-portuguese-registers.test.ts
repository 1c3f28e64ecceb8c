import { bundledProductReader } from "../../src/core/sector";

// Brazilian registers (SAP material short texts, TOTVS Protheus descriptions, purchase requisitions and orders, NF-e
// item lines in Brazilian Portuguese): names of goods as a register writes them, with and without accents, the article
// over its material, heads written before the good ("forma p/ calçados", "doce de banana"), "p/" for "para", services,
// feed and veterinary goods and look-alikes (docs/sector-risk.md, "Brazilian Portuguese registers: names, p/, heads
// before the good"), on texts written for the test, outside the batch test/eval/products-heldout-2026-12zz.csv.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

const BEEF = ["Cattle", "Bovines", "Beef", "Meat"];

describe("Brazilian Portuguese names of goods", () => {
  test.each([
    ["CARNE BOV TRASEIRO C/ OSSO RESF KG", BEEF],
    ["Contrafilé bovino resfriado peça 4 kg", BEEF],
    ["ALCATRA BOVINA CONG CX 15KG", BEEF],
    ["Fraldinha congelada a vácuo", BEEF],
    ["Acém em cubos 2 kg", BEEF],
    ["Charque traseiro 1 kg", BEEF],
    ["Hambúrguer bovino 120 g caixa com 24", BEEF],
    ["Cortes de res deshuesados, 20 TM", BEEF],
    ["Bezerros nelore desmamados 80 cabeças", ["Cattle", "Bovines"]],
    ["Bovino vivo para exportação 1.000 cabeças", ["Cattle", "Bovines"]],
    ["Boi magro para engorda 150 cab", ["Cattle", "Bovines"]],
    ["Peito de frango sem osso congelado 1 kg", ["Poultry", "Meat"]],
    ["PERNIL SUINO S/ OSSO RESF", ["Hogs", "Meat"]],
    ["Linguiça de pernil defumada 5 kg", ["Hogs", "Meat"]],
    ["ACUCAR CRISTAL SC 25KG", ["Sugarcane", "Sugar Beets"]],
    ["Açúcar refinado 1 kg fardo 10", ["Sugarcane", "Sugar Beets"]],
    ["Açúcar VHP a granel para exportação", ["Sugarcane"]],
    ["Açúcar demerara 5 kg", ["Sugarcane"]],
    ["Rapadura tablete 500 g", ["Sugarcane"]],
    ["Cana de fornecedores entregue na esteira", ["Sugarcane"]],
    ["FERRO GUSA ACIARIA LINGOTE 30T", ["Iron"]],
    ["Minério de ferro fino (sinter feed) 60.000 t", ["Iron"]],
    ["TENIS CORRIDA MASC AMORTECEDOR 42", ["Footwear"]],
    ["Tênis escolar infantil velcro", ["Footwear"]],
    ["Chinelo slide masculino preto", ["Footwear", "Footwear (sandals)"]],
    ["Sandália plataforma feminina couro 37", ["Footwear", "Footwear (sandals)"]],
    ["Botina de segurança couro bico aço 40", ["Footwear"]],
    ["Armário de aço 4 portas vestiário", ["Furniture", "Furniture (steel)"]],
    ["Guarda-roupa casal 3 portas MDF", ["Furniture"]],
    ["Estante de aço 5 prateleiras", ["Furniture", "Furniture (steel)"]],
    ["Luva nitrílica azul sem pó tamanho P", ["Rubber Gloves", "Gloves"]],
    ["LUVA LATEX FORRADA G", ["Rubber Gloves", "Gloves"]],
    ["Caixa de luvas nitrílicas com 100", ["Rubber Gloves", "Gloves"]],
    ["Luva de vaqueta cano longo", ["Gloves", "Leather Goods/Accessories", "Fashion Accessories", "Leather"]],
    ["Televisor 43 polegadas smart", ["Electronics"]],
    ["Celular Motorola 128GB", ["Electronics"]],
    ["Fone de ouvido com fio P2", ["Electronics"]],
    ["Circuito integrado regulador de tensão", ["Electronics"]],
    ["Bateria de lítio 12V 100Ah LiFePO4", ["Lithium-Ion Batteries"]],
    ["Módulo fotovoltaico 600 W bifacial", ["Solar Modules"]],
    ["Painel solar 330W policristalino", ["Solar Modules"]],
    ["Célula solar PERC 182 mm", ["Solar Cells"]],
    ["Porcelanato esmaltado 80x80", ["Ceramics"]],
    ["Piso cerâmico antiderrapante 60x60", ["Ceramics"]],
    ["Toras de madeira de eucalipto", ["Timber"]],
    ["Fumo em corda 1 kg", ["Tobacco"]],
    ["Laranja pera rio caixa 27 kg", ["Citrus Fruits"]],
    ["Soja em grãos safra 2027", ["Beans (green, soy, yellow)"]],
    ["Borracha natural GEB-1 em fardos", ["Rubber"]],
    ["Sal grosso iodado 1 kg", ["Salt"]],
    ["Cachaça prata 1 litro", ["Alcoholic Beverages"]],
    ["Peles bovinas salgadas 500 unidades", ["Leather"]],
    ["Tambaqui em postas congelado", ["Fish"]],
    ["MEIA SOQUETE ALGODAO KIT 6 PARES", ["Garments"]],
    ["Fio de algodão penteado Ne 24/1", ["Thread/Yarn"]],
    ["Jogo de cama solteiro 180 fios", ["Textiles"]],
  ] as Array<[string, string[]]>)("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});

describe("Brazilian Portuguese: the article over its material, heads before the good, p/, services and look-alikes", () => {
  test.each([
    // The article, not its material.
    ["SAPATENIS COURO LEGITIMO 40", ["Footwear"]],
    ["FIO ALGODAO 24/1 CARDADO", ["Thread/Yarn"]],
    ["Bermuda algodão masculina", ["Garments"]],
    ["Jogo de cama algodão 200 fios", ["Textiles"]],
    ["Camisa polo uniforme bordado G", ["Garments"]],
    ["Calça jeans feminina 4 bolsos", ["Garments"]],
    // Inputs, tools and packaging for a good; p/ is para.
    ["Palmilha de gel p/ calçados 40", []],
    ["Formas de sapato em polietileno 39", []],
    ["Caixa p/ calçados infantil", []],
    ["Capa p/ celular antichoque", []],
    ["Máquina de algodão doce", []],
    ["Tanante vegetal p/ couro", []],
    ["Sacos ráfia laminado p/ café 60 kg", []],
    ["Tonel de carvalho p/ cachaça 500 L", []],
    // Products made of a good, feed and veterinary goods.
    ["Doce de banana caseiro pote 600 g", []],
    ["Coxinha de frango congelada 1 kg", []],
    ["Ração para bovinos de corte 40 kg", []],
    ["Ivermectina pour-on bovinos 1 litro", []],
    ["Etanol de cana hidratado", []],
    // Services on a good.
    ["Manutenção de luvas de segurança", []],
    ["Frete de açúcar até o porto", []],
    ["Facção de camisetas (mão de obra)", []],
    ["Assistência técnica de celulares", []],
    // Words in another sense.
    ["Ovos de galinha caipira dúzia", []],
    ["Ouro Preto city tour", []],
    ["Coque de carvão mineral", []],
    ["Algodão hidrófilo 250 g", []],
    ["Luva de redução PVC 50x25", []],
    ["Raquete de tênis adulto", []],
    ["Sem açúcar, adoçante líquido", []],
    // Guards: texts read the same before and after.
    ["Milho em grão p/ ração", ["Corn"]],
    ["Luvas de nitrilo caixa 100", ["Rubber Gloves", "Gloves"]],
    ["Leather insoles, pairs", ["Leather"]],
    // Portuguese words that are words of other languages, in their other sense.
    ["Garrote de látex para extracción de sangre", []],
    ["Frozen fish to Bermuda", ["Fish"]],
    ["Bermuda grass seed 10 kg", []],
    ["Café tostado de color uniforme", ["Coffee"]],
    ["Caixa de bananas prata 20 kg", ["Bananas"]],
    ["Guantes de nitrilo, agarre seguro", ["Rubber Gloves", "Gloves"]],
    ["Algodão em pluma, classificação 41-4", ["Cotton"]],
    ["Frozen shrimp, keep in cold storage", ["Shrimp"]],
  ] as Array<[string, string[]]>)("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});
