import { bundledProductReader } from "../../src/core/sector";

// Malaysian and Indonesian registers (SAP, AutoCount and Accurate item names, purchase, invoice and journal lines in
// Bahasa Malaysia and Bahasa Indonesia): names of goods, phrases written head first, heads before the good, services,
// negations, purpose words and look-alikes (docs/sector-risk.md, "Malay and Indonesian registers: names, the head
// first, services"), on texts written for the test, outside the batch test/eval/products-heldout-2026-12zy.csv.
const reader = bundledProductReader();
const goods = (text: string) => reader.read(text).goods;

describe("Malay and Indonesian names of goods", () => {
  test.each([
    ["Gula pasir 1 kg untuk dapur", ["Sugarcane", "Sugar Beets"]],
    ["Gula kristal rafinasi 50 kg", ["Sugarcane", "Sugar Beets"]],
    ["Lateks pekat HA 61.5% dalam drum", ["Rubber"]],
    ["Brondolan sawit 2 ton", ["Palm Fruit"]],
    ["Inti sawit kering 30 tan", ["Palm Fruit"]],
    ["Minyak goreng sawit 5 liter jeriken", ["Refined Palm Oil"]],
    ["Minyak kelapa sawit 20 ton", ["Crude Palm Oil", "Refined Palm Oil"]],
    ["Diod Zener 5.1V SOD-123", ["Electronics"]],
    ["Bateri litium polimer 3.7V 500mAh", ["Lithium-Ion Batteries"]],
    ["Pasir timah basah Sn 40%", ["Tin", "Tin ore (cassiterite)"]],
    ["Gabah kering panen 10 ton", ["Rice", "Cereal Grains"]],
    ["Singkong kupas 500 kg", ["Manioc/Cassava"]],
    ["Kepiting bakau hidup 20 kg", ["Shellfish"]],
    ["Lada putih Muntok 25 kg", ["Pepper"]],
    ["Wortel segar 1 kg", ["Carrots"]],
    ["Nanas segar 10 biji", ["Pineapples"]],
    ["Semangka kuning", ["Melons"]],
    ["Ubi jalar oranye 5 kg", ["Sweet Potatoes"]],
    ["Cabai rawit merah 2 kg", ["Peppers", "Chile Peppers"]],
    ["Kelapa muda 50 butir", ["Coconuts"]],
    ["Kambing jantan 10 ekor", ["Goats"]],
    ["Sapi bakalan limousin 5 ekor", ["Cattle", "Bovines"]],
    ["Kemeja kerja lengan pendek pria", ["Garments"]],
    ["Celana panjang kargo", ["Garments"]],
    ["Gamis anak motif bunga", ["Garments"]],
    ["Dompet kulit wanita", ["Leather Goods/Accessories"]],
    ["Ikat pinggang kulit kerbau", ["Leather Goods/Accessories"]],
    ["Rokok putih filter 16 batang", ["Tobacco"]],
    ["Bata ringan 10 cm", ["Bricks"]],
    ["Semen portland 40 kg", ["Cement"]],
    ["Pasir urug 1 truk", ["Sand"]],
    ["Batu split 2/3", ["Stones"]],
    ["Berlian potong 1 ct", ["Diamonds", "Gems"]],
    ["Korek api kayu 1 slop", ["Matches"]],
    ["Petasan banting", ["Fireworks", "Pyrotechnics"]],
    ["Pohon natal plastik 180 cm", ["Christmas Decorations"]],
    ["Sel surya polikristal", ["Solar Cells"]],
    ["Kursi kantor", ["Furniture"]],
    ["Kokon ulat sutra kering", ["Silk Cocoons"]],
    ["Kayu getah untuk kotak pallet, 12 m3", ["Timber"]],
    ["Kain katun twill 150 cm", ["Textiles"]],
    ["Homogeneous tile 80x80", ["Ceramics"]],
    ["Sarung tangan nitril saiz L", ["Rubber Gloves", "Gloves"]],
    ["Beras wangi 5 kg", ["Rice"]],
    ["Tepung beras ketan", ["Rice"]],
  ] as Array<[string, string[]]>)("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});

describe("Malay and Indonesian phrases read head first", () => {
  test.each([
    ["Biskuit susu 200g", ["Baked Goods"]],
    ["Kebaya encim bordir", ["Garments"]],
    ["Lemari pakaian 2 pintu", ["Furniture"]],
    ["Perabot kayu getah - meja makan", ["Furniture"]],
    ["Bata merah press tangan", ["Bricks", "Bricks (clay)"]],
    ["Sarung tangan kain untuk bengkel", ["Gloves"]],
    ["Kotak kasut 30x20", []],
    ["Kotak untuk sarung tangan getah", []],
    ["Acuan kasut getah", []],
    ["Pakan ikan lele 30 kg", []],
    ["Bungkil kacang tanah", []],
    ["Sekam padi untuk bahan bakar", []],
    ["Ampas tebu untuk dandang", []],
    ["Habuk kayu getah untuk kandang", []],
    ["Zink oksida gred getah", []],
  ] as Array<[string, string[]]>)("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});

describe("Malay and Indonesian services, negations, purpose words and look-alikes", () => {
  test.each([
    ["Jasa cuci sarung tangan kerja", []],
    ["Upah jahit baju seragam", []],
    ["Sewa gudang kopi", []],
    ["Ujian makmal ke atas sampel lateks pekat", []],
    ["Biaya fumigasi kontainer beras", []],
    ["Kopi bubuk tanpa gula pasir", ["Coffee"]],
    ["Ikan tamban untuk tepung ikan", ["Fish"]],
    ["Tepung ikan lokal", []],
    ["Getah gelang warna 500 g", []],
    ["Kayu manis batang 1 kg", []],
    ["Kecap manis sachet", []],
    ["Susu kedelai bubuk", []],
    ["Daun cengkeh untuk penyulingan", []],
    ["Filter rokok 8mm", []],
    ["Korek api gas elektrik", []],
    ["Sarung jari lateks", []],
    ["Timah hitam batangan", []],
    ["Kopi arabika biji hijau (green bean)", ["Coffee"]],
    ["Cocoa shells for mulch", []],
    ["Glove formers porcelain size L", ["Ceramics"]],
    ["Spent coffee grounds", []],
    ["Coconut sugar organic", []],
    ["Purse seine net 500 m", []],
  ] as Array<[string, string[]]>)("%s → %j", (text, expected) => {
    expect(goods(text)).toEqual(expected);
  });
});
