// Tables of the unicode package, generated from the Unicode Character Database 17.0.0.

package unicode

// latin1Props holds the properties of the runes U+0000 to U+00FF.
var latin1Props = [MaxLatin1 + 1]uint8{
	propC, propC, propC, propC, // 0x00-0x03
	propC, propC, propC, propC, // 0x04-0x07
	propC, propC, propC, propC, // 0x08-0x0b
	propC, propC, propC, propC, // 0x0c-0x0f
	propC, propC, propC, propC, // 0x10-0x13
	propC, propC, propC, propC, // 0x14-0x17
	propC, propC, propC, propC, // 0x18-0x1b
	propC, propC, propC, propC, // 0x1c-0x1f
	propZ, propP, propP, propP, // 0x20-0x23
	propS, propP, propP, propP, // 0x24-0x27
	propP, propP, propP, propS, // 0x28-0x2b
	propP, propP, propP, propP, // 0x2c-0x2f
	propN, propN, propN, propN, // 0x30-0x33
	propN, propN, propN, propN, // 0x34-0x37
	propN, propN, propP, propP, // 0x38-0x3b
	propS, propS, propS, propP, // 0x3c-0x3f
	propP, propLu, propLu, propLu, // 0x40-0x43
	propLu, propLu, propLu, propLu, // 0x44-0x47
	propLu, propLu, propLu, propLu, // 0x48-0x4b
	propLu, propLu, propLu, propLu, // 0x4c-0x4f
	propLu, propLu, propLu, propLu, // 0x50-0x53
	propLu, propLu, propLu, propLu, // 0x54-0x57
	propLu, propLu, propLu, propP, // 0x58-0x5b
	propP, propP, propS, propP, // 0x5c-0x5f
	propS, propLl, propLl, propLl, // 0x60-0x63
	propLl, propLl, propLl, propLl, // 0x64-0x67
	propLl, propLl, propLl, propLl, // 0x68-0x6b
	propLl, propLl, propLl, propLl, // 0x6c-0x6f
	propLl, propLl, propLl, propLl, // 0x70-0x73
	propLl, propLl, propLl, propLl, // 0x74-0x77
	propLl, propLl, propLl, propP, // 0x78-0x7b
	propS, propP, propS, propC, // 0x7c-0x7f
	propC, propC, propC, propC, // 0x80-0x83
	propC, propC, propC, propC, // 0x84-0x87
	propC, propC, propC, propC, // 0x88-0x8b
	propC, propC, propC, propC, // 0x8c-0x8f
	propC, propC, propC, propC, // 0x90-0x93
	propC, propC, propC, propC, // 0x94-0x97
	propC, propC, propC, propC, // 0x98-0x9b
	propC, propC, propC, propC, // 0x9c-0x9f
	propZ, propP, propS, propS, // 0xa0-0xa3
	propS, propS, propS, propP, // 0xa4-0xa7
	propS, propS, propLo, propP, // 0xa8-0xab
	propS, 0, propS, propS, // 0xac-0xaf
	propS, propS, propN, propN, // 0xb0-0xb3
	propS, propLl, propP, propP, // 0xb4-0xb7
	propS, propN, propLo, propP, // 0xb8-0xbb
	propN, propN, propN, propP, // 0xbc-0xbf
	propLu, propLu, propLu, propLu, // 0xc0-0xc3
	propLu, propLu, propLu, propLu, // 0xc4-0xc7
	propLu, propLu, propLu, propLu, // 0xc8-0xcb
	propLu, propLu, propLu, propLu, // 0xcc-0xcf
	propLu, propLu, propLu, propLu, // 0xd0-0xd3
	propLu, propLu, propLu, propS, // 0xd4-0xd7
	propLu, propLu, propLu, propLu, // 0xd8-0xdb
	propLu, propLu, propLu, propLl, // 0xdc-0xdf
	propLl, propLl, propLl, propLl, // 0xe0-0xe3
	propLl, propLl, propLl, propLl, // 0xe4-0xe7
	propLl, propLl, propLl, propLl, // 0xe8-0xeb
	propLl, propLl, propLl, propLl, // 0xec-0xef
	propLl, propLl, propLl, propLl, // 0xf0-0xf3
	propLl, propLl, propLl, propS, // 0xf4-0xf7
	propLl, propLl, propLl, propLl, // 0xf8-0xfb
	propLl, propLl, propLl, propLl, // 0xfc-0xff
}

// The tables. Each names the Unicode set it stands for; membership is
// decided by the native inTable.
var (
	Cc                                 = &RangeTable{name: "Cc"}
	Cf                                 = &RangeTable{name: "Cf"}
	Cn                                 = &RangeTable{name: "Cn"}
	Co                                 = &RangeTable{name: "Co"}
	Cs                                 = &RangeTable{name: "Cs"}
	Digit                              = Nd
	Nd                                 = &RangeTable{name: "Nd"}
	LC                                 = &RangeTable{name: "LC"}
	Letter                             = L
	L                                  = &RangeTable{name: "L"}
	Lm                                 = &RangeTable{name: "Lm"}
	Lo                                 = &RangeTable{name: "Lo"}
	Lower                              = Ll
	Ll                                 = &RangeTable{name: "Ll"}
	Mark                               = M
	M                                  = &RangeTable{name: "M"}
	Mc                                 = &RangeTable{name: "Mc"}
	Me                                 = &RangeTable{name: "Me"}
	Mn                                 = &RangeTable{name: "Mn"}
	Nl                                 = &RangeTable{name: "Nl"}
	No                                 = &RangeTable{name: "No"}
	Number                             = N
	N                                  = &RangeTable{name: "N"}
	Other                              = C
	C                                  = &RangeTable{name: "C"}
	Pc                                 = &RangeTable{name: "Pc"}
	Pd                                 = &RangeTable{name: "Pd"}
	Pe                                 = &RangeTable{name: "Pe"}
	Pf                                 = &RangeTable{name: "Pf"}
	Pi                                 = &RangeTable{name: "Pi"}
	Po                                 = &RangeTable{name: "Po"}
	Ps                                 = &RangeTable{name: "Ps"}
	Punct                              = P
	P                                  = &RangeTable{name: "P"}
	Sc                                 = &RangeTable{name: "Sc"}
	Sk                                 = &RangeTable{name: "Sk"}
	Sm                                 = &RangeTable{name: "Sm"}
	So                                 = &RangeTable{name: "So"}
	Space                              = Z
	Z                                  = &RangeTable{name: "Z"}
	Symbol                             = S
	S                                  = &RangeTable{name: "S"}
	Title                              = Lt
	Lt                                 = &RangeTable{name: "Lt"}
	Upper                              = Lu
	Lu                                 = &RangeTable{name: "Lu"}
	Zl                                 = &RangeTable{name: "Zl"}
	Zp                                 = &RangeTable{name: "Zp"}
	Zs                                 = &RangeTable{name: "Zs"}
	Adlam                              = &RangeTable{name: "Adlam"}
	Ahom                               = &RangeTable{name: "Ahom"}
	Anatolian_Hieroglyphs              = &RangeTable{name: "Anatolian_Hieroglyphs"}
	Arabic                             = &RangeTable{name: "Arabic"}
	Armenian                           = &RangeTable{name: "Armenian"}
	Avestan                            = &RangeTable{name: "Avestan"}
	Balinese                           = &RangeTable{name: "Balinese"}
	Bamum                              = &RangeTable{name: "Bamum"}
	Bassa_Vah                          = &RangeTable{name: "Bassa_Vah"}
	Batak                              = &RangeTable{name: "Batak"}
	Bengali                            = &RangeTable{name: "Bengali"}
	Beria_Erfe                         = &RangeTable{name: "Beria_Erfe"}
	Bhaiksuki                          = &RangeTable{name: "Bhaiksuki"}
	Bopomofo                           = &RangeTable{name: "Bopomofo"}
	Brahmi                             = &RangeTable{name: "Brahmi"}
	Braille                            = &RangeTable{name: "Braille"}
	Buginese                           = &RangeTable{name: "Buginese"}
	Buhid                              = &RangeTable{name: "Buhid"}
	Canadian_Aboriginal                = &RangeTable{name: "Canadian_Aboriginal"}
	Carian                             = &RangeTable{name: "Carian"}
	Caucasian_Albanian                 = &RangeTable{name: "Caucasian_Albanian"}
	Chakma                             = &RangeTable{name: "Chakma"}
	Cham                               = &RangeTable{name: "Cham"}
	Cherokee                           = &RangeTable{name: "Cherokee"}
	Chorasmian                         = &RangeTable{name: "Chorasmian"}
	Common                             = &RangeTable{name: "Common"}
	Coptic                             = &RangeTable{name: "Coptic"}
	Cuneiform                          = &RangeTable{name: "Cuneiform"}
	Cypriot                            = &RangeTable{name: "Cypriot"}
	Cypro_Minoan                       = &RangeTable{name: "Cypro_Minoan"}
	Cyrillic                           = &RangeTable{name: "Cyrillic"}
	Deseret                            = &RangeTable{name: "Deseret"}
	Devanagari                         = &RangeTable{name: "Devanagari"}
	Dives_Akuru                        = &RangeTable{name: "Dives_Akuru"}
	Dogra                              = &RangeTable{name: "Dogra"}
	Duployan                           = &RangeTable{name: "Duployan"}
	Egyptian_Hieroglyphs               = &RangeTable{name: "Egyptian_Hieroglyphs"}
	Elbasan                            = &RangeTable{name: "Elbasan"}
	Elymaic                            = &RangeTable{name: "Elymaic"}
	Ethiopic                           = &RangeTable{name: "Ethiopic"}
	Garay                              = &RangeTable{name: "Garay"}
	Georgian                           = &RangeTable{name: "Georgian"}
	Glagolitic                         = &RangeTable{name: "Glagolitic"}
	Gothic                             = &RangeTable{name: "Gothic"}
	Grantha                            = &RangeTable{name: "Grantha"}
	Greek                              = &RangeTable{name: "Greek"}
	Gujarati                           = &RangeTable{name: "Gujarati"}
	Gunjala_Gondi                      = &RangeTable{name: "Gunjala_Gondi"}
	Gurmukhi                           = &RangeTable{name: "Gurmukhi"}
	Gurung_Khema                       = &RangeTable{name: "Gurung_Khema"}
	Han                                = &RangeTable{name: "Han"}
	Hangul                             = &RangeTable{name: "Hangul"}
	Hanifi_Rohingya                    = &RangeTable{name: "Hanifi_Rohingya"}
	Hanunoo                            = &RangeTable{name: "Hanunoo"}
	Hatran                             = &RangeTable{name: "Hatran"}
	Hebrew                             = &RangeTable{name: "Hebrew"}
	Hiragana                           = &RangeTable{name: "Hiragana"}
	Imperial_Aramaic                   = &RangeTable{name: "Imperial_Aramaic"}
	Inherited                          = &RangeTable{name: "Inherited"}
	Inscriptional_Pahlavi              = &RangeTable{name: "Inscriptional_Pahlavi"}
	Inscriptional_Parthian             = &RangeTable{name: "Inscriptional_Parthian"}
	Javanese                           = &RangeTable{name: "Javanese"}
	Kaithi                             = &RangeTable{name: "Kaithi"}
	Kannada                            = &RangeTable{name: "Kannada"}
	Katakana                           = &RangeTable{name: "Katakana"}
	Kawi                               = &RangeTable{name: "Kawi"}
	Kayah_Li                           = &RangeTable{name: "Kayah_Li"}
	Kharoshthi                         = &RangeTable{name: "Kharoshthi"}
	Khitan_Small_Script                = &RangeTable{name: "Khitan_Small_Script"}
	Khmer                              = &RangeTable{name: "Khmer"}
	Khojki                             = &RangeTable{name: "Khojki"}
	Khudawadi                          = &RangeTable{name: "Khudawadi"}
	Kirat_Rai                          = &RangeTable{name: "Kirat_Rai"}
	Lao                                = &RangeTable{name: "Lao"}
	Latin                              = &RangeTable{name: "Latin"}
	Lepcha                             = &RangeTable{name: "Lepcha"}
	Limbu                              = &RangeTable{name: "Limbu"}
	Linear_A                           = &RangeTable{name: "Linear_A"}
	Linear_B                           = &RangeTable{name: "Linear_B"}
	Lisu                               = &RangeTable{name: "Lisu"}
	Lycian                             = &RangeTable{name: "Lycian"}
	Lydian                             = &RangeTable{name: "Lydian"}
	Mahajani                           = &RangeTable{name: "Mahajani"}
	Makasar                            = &RangeTable{name: "Makasar"}
	Malayalam                          = &RangeTable{name: "Malayalam"}
	Mandaic                            = &RangeTable{name: "Mandaic"}
	Manichaean                         = &RangeTable{name: "Manichaean"}
	Marchen                            = &RangeTable{name: "Marchen"}
	Masaram_Gondi                      = &RangeTable{name: "Masaram_Gondi"}
	Medefaidrin                        = &RangeTable{name: "Medefaidrin"}
	Meetei_Mayek                       = &RangeTable{name: "Meetei_Mayek"}
	Mende_Kikakui                      = &RangeTable{name: "Mende_Kikakui"}
	Meroitic_Cursive                   = &RangeTable{name: "Meroitic_Cursive"}
	Meroitic_Hieroglyphs               = &RangeTable{name: "Meroitic_Hieroglyphs"}
	Miao                               = &RangeTable{name: "Miao"}
	Modi                               = &RangeTable{name: "Modi"}
	Mongolian                          = &RangeTable{name: "Mongolian"}
	Mro                                = &RangeTable{name: "Mro"}
	Multani                            = &RangeTable{name: "Multani"}
	Myanmar                            = &RangeTable{name: "Myanmar"}
	Nabataean                          = &RangeTable{name: "Nabataean"}
	Nag_Mundari                        = &RangeTable{name: "Nag_Mundari"}
	Nandinagari                        = &RangeTable{name: "Nandinagari"}
	New_Tai_Lue                        = &RangeTable{name: "New_Tai_Lue"}
	Newa                               = &RangeTable{name: "Newa"}
	Nko                                = &RangeTable{name: "Nko"}
	Nushu                              = &RangeTable{name: "Nushu"}
	Nyiakeng_Puachue_Hmong             = &RangeTable{name: "Nyiakeng_Puachue_Hmong"}
	Ogham                              = &RangeTable{name: "Ogham"}
	Ol_Chiki                           = &RangeTable{name: "Ol_Chiki"}
	Ol_Onal                            = &RangeTable{name: "Ol_Onal"}
	Old_Hungarian                      = &RangeTable{name: "Old_Hungarian"}
	Old_Italic                         = &RangeTable{name: "Old_Italic"}
	Old_North_Arabian                  = &RangeTable{name: "Old_North_Arabian"}
	Old_Permic                         = &RangeTable{name: "Old_Permic"}
	Old_Persian                        = &RangeTable{name: "Old_Persian"}
	Old_Sogdian                        = &RangeTable{name: "Old_Sogdian"}
	Old_South_Arabian                  = &RangeTable{name: "Old_South_Arabian"}
	Old_Turkic                         = &RangeTable{name: "Old_Turkic"}
	Old_Uyghur                         = &RangeTable{name: "Old_Uyghur"}
	Oriya                              = &RangeTable{name: "Oriya"}
	Osage                              = &RangeTable{name: "Osage"}
	Osmanya                            = &RangeTable{name: "Osmanya"}
	Pahawh_Hmong                       = &RangeTable{name: "Pahawh_Hmong"}
	Palmyrene                          = &RangeTable{name: "Palmyrene"}
	Pau_Cin_Hau                        = &RangeTable{name: "Pau_Cin_Hau"}
	Phags_Pa                           = &RangeTable{name: "Phags_Pa"}
	Phoenician                         = &RangeTable{name: "Phoenician"}
	Psalter_Pahlavi                    = &RangeTable{name: "Psalter_Pahlavi"}
	Rejang                             = &RangeTable{name: "Rejang"}
	Runic                              = &RangeTable{name: "Runic"}
	Samaritan                          = &RangeTable{name: "Samaritan"}
	Saurashtra                         = &RangeTable{name: "Saurashtra"}
	Sharada                            = &RangeTable{name: "Sharada"}
	Shavian                            = &RangeTable{name: "Shavian"}
	Siddham                            = &RangeTable{name: "Siddham"}
	Sidetic                            = &RangeTable{name: "Sidetic"}
	SignWriting                        = &RangeTable{name: "SignWriting"}
	Sinhala                            = &RangeTable{name: "Sinhala"}
	Sogdian                            = &RangeTable{name: "Sogdian"}
	Sora_Sompeng                       = &RangeTable{name: "Sora_Sompeng"}
	Soyombo                            = &RangeTable{name: "Soyombo"}
	Sundanese                          = &RangeTable{name: "Sundanese"}
	Sunuwar                            = &RangeTable{name: "Sunuwar"}
	Syloti_Nagri                       = &RangeTable{name: "Syloti_Nagri"}
	Syriac                             = &RangeTable{name: "Syriac"}
	Tagalog                            = &RangeTable{name: "Tagalog"}
	Tagbanwa                           = &RangeTable{name: "Tagbanwa"}
	Tai_Le                             = &RangeTable{name: "Tai_Le"}
	Tai_Tham                           = &RangeTable{name: "Tai_Tham"}
	Tai_Viet                           = &RangeTable{name: "Tai_Viet"}
	Tai_Yo                             = &RangeTable{name: "Tai_Yo"}
	Takri                              = &RangeTable{name: "Takri"}
	Tamil                              = &RangeTable{name: "Tamil"}
	Tangsa                             = &RangeTable{name: "Tangsa"}
	Tangut                             = &RangeTable{name: "Tangut"}
	Telugu                             = &RangeTable{name: "Telugu"}
	Thaana                             = &RangeTable{name: "Thaana"}
	Thai                               = &RangeTable{name: "Thai"}
	Tibetan                            = &RangeTable{name: "Tibetan"}
	Tifinagh                           = &RangeTable{name: "Tifinagh"}
	Tirhuta                            = &RangeTable{name: "Tirhuta"}
	Todhri                             = &RangeTable{name: "Todhri"}
	Tolong_Siki                        = &RangeTable{name: "Tolong_Siki"}
	Toto                               = &RangeTable{name: "Toto"}
	Tulu_Tigalari                      = &RangeTable{name: "Tulu_Tigalari"}
	Ugaritic                           = &RangeTable{name: "Ugaritic"}
	Vai                                = &RangeTable{name: "Vai"}
	Vithkuqi                           = &RangeTable{name: "Vithkuqi"}
	Wancho                             = &RangeTable{name: "Wancho"}
	Warang_Citi                        = &RangeTable{name: "Warang_Citi"}
	Yezidi                             = &RangeTable{name: "Yezidi"}
	Yi                                 = &RangeTable{name: "Yi"}
	Zanabazar_Square                   = &RangeTable{name: "Zanabazar_Square"}
	ASCII_Hex_Digit                    = &RangeTable{name: "ASCII_Hex_Digit"}
	Bidi_Control                       = &RangeTable{name: "Bidi_Control"}
	Dash                               = &RangeTable{name: "Dash"}
	Deprecated                         = &RangeTable{name: "Deprecated"}
	Diacritic                          = &RangeTable{name: "Diacritic"}
	Extender                           = &RangeTable{name: "Extender"}
	Hex_Digit                          = &RangeTable{name: "Hex_Digit"}
	Hyphen                             = &RangeTable{name: "Hyphen"}
	IDS_Binary_Operator                = &RangeTable{name: "IDS_Binary_Operator"}
	IDS_Trinary_Operator               = &RangeTable{name: "IDS_Trinary_Operator"}
	IDS_Unary_Operator                 = &RangeTable{name: "IDS_Unary_Operator"}
	ID_Compat_Math_Continue            = &RangeTable{name: "ID_Compat_Math_Continue"}
	ID_Compat_Math_Start               = &RangeTable{name: "ID_Compat_Math_Start"}
	Ideographic                        = &RangeTable{name: "Ideographic"}
	Join_Control                       = &RangeTable{name: "Join_Control"}
	Logical_Order_Exception            = &RangeTable{name: "Logical_Order_Exception"}
	Modifier_Combining_Mark            = &RangeTable{name: "Modifier_Combining_Mark"}
	Noncharacter_Code_Point            = &RangeTable{name: "Noncharacter_Code_Point"}
	Other_Alphabetic                   = &RangeTable{name: "Other_Alphabetic"}
	Other_Default_Ignorable_Code_Point = &RangeTable{name: "Other_Default_Ignorable_Code_Point"}
	Other_Grapheme_Extend              = &RangeTable{name: "Other_Grapheme_Extend"}
	Other_ID_Continue                  = &RangeTable{name: "Other_ID_Continue"}
	Other_ID_Start                     = &RangeTable{name: "Other_ID_Start"}
	Other_Lowercase                    = &RangeTable{name: "Other_Lowercase"}
	Other_Math                         = &RangeTable{name: "Other_Math"}
	Other_Uppercase                    = &RangeTable{name: "Other_Uppercase"}
	Pattern_Syntax                     = &RangeTable{name: "Pattern_Syntax"}
	Pattern_White_Space                = &RangeTable{name: "Pattern_White_Space"}
	Prepended_Concatenation_Mark       = &RangeTable{name: "Prepended_Concatenation_Mark"}
	Quotation_Mark                     = &RangeTable{name: "Quotation_Mark"}
	Radical                            = &RangeTable{name: "Radical"}
	Regional_Indicator                 = &RangeTable{name: "Regional_Indicator"}
	STerm                              = Sentence_Terminal
	Sentence_Terminal                  = &RangeTable{name: "Sentence_Terminal"}
	Soft_Dotted                        = &RangeTable{name: "Soft_Dotted"}
	Terminal_Punctuation               = &RangeTable{name: "Terminal_Punctuation"}
	Unified_Ideograph                  = &RangeTable{name: "Unified_Ideograph"}
	Variation_Selector                 = &RangeTable{name: "Variation_Selector"}
	White_Space                        = &RangeTable{name: "White_Space"}
	foldCommon                         = &RangeTable{name: "foldCommon"}
	foldGreek                          = &RangeTable{name: "foldGreek"}
	foldInherited                      = &RangeTable{name: "foldInherited"}
	foldL                              = &RangeTable{name: "foldL"}
	foldLl                             = &RangeTable{name: "foldLl"}
	foldLt                             = &RangeTable{name: "foldLt"}
	foldLu                             = &RangeTable{name: "foldLu"}
	foldM                              = &RangeTable{name: "foldM"}
	foldMn                             = &RangeTable{name: "foldMn"}
)

// Categories maps each general category name to its table.
var Categories = map[string]*RangeTable{
	"C":  C,
	"Cc": Cc,
	"Cf": Cf,
	"Cn": Cn,
	"Co": Co,
	"Cs": Cs,
	"L":  L,
	"LC": LC,
	"Ll": Ll,
	"Lm": Lm,
	"Lo": Lo,
	"Lt": Lt,
	"Lu": Lu,
	"M":  M,
	"Mc": Mc,
	"Me": Me,
	"Mn": Mn,
	"N":  N,
	"Nd": Nd,
	"Nl": Nl,
	"No": No,
	"P":  P,
	"Pc": Pc,
	"Pd": Pd,
	"Pe": Pe,
	"Pf": Pf,
	"Pi": Pi,
	"Po": Po,
	"Ps": Ps,
	"S":  S,
	"Sc": Sc,
	"Sk": Sk,
	"Sm": Sm,
	"So": So,
	"Z":  Z,
	"Zl": Zl,
	"Zp": Zp,
	"Zs": Zs,
}

// Scripts maps each script name to its table.
var Scripts = map[string]*RangeTable{
	"Adlam":                  Adlam,
	"Ahom":                   Ahom,
	"Anatolian_Hieroglyphs":  Anatolian_Hieroglyphs,
	"Arabic":                 Arabic,
	"Armenian":               Armenian,
	"Avestan":                Avestan,
	"Balinese":               Balinese,
	"Bamum":                  Bamum,
	"Bassa_Vah":              Bassa_Vah,
	"Batak":                  Batak,
	"Bengali":                Bengali,
	"Beria_Erfe":             Beria_Erfe,
	"Bhaiksuki":              Bhaiksuki,
	"Bopomofo":               Bopomofo,
	"Brahmi":                 Brahmi,
	"Braille":                Braille,
	"Buginese":               Buginese,
	"Buhid":                  Buhid,
	"Canadian_Aboriginal":    Canadian_Aboriginal,
	"Carian":                 Carian,
	"Caucasian_Albanian":     Caucasian_Albanian,
	"Chakma":                 Chakma,
	"Cham":                   Cham,
	"Cherokee":               Cherokee,
	"Chorasmian":             Chorasmian,
	"Common":                 Common,
	"Coptic":                 Coptic,
	"Cuneiform":              Cuneiform,
	"Cypriot":                Cypriot,
	"Cypro_Minoan":           Cypro_Minoan,
	"Cyrillic":               Cyrillic,
	"Deseret":                Deseret,
	"Devanagari":             Devanagari,
	"Dives_Akuru":            Dives_Akuru,
	"Dogra":                  Dogra,
	"Duployan":               Duployan,
	"Egyptian_Hieroglyphs":   Egyptian_Hieroglyphs,
	"Elbasan":                Elbasan,
	"Elymaic":                Elymaic,
	"Ethiopic":               Ethiopic,
	"Garay":                  Garay,
	"Georgian":               Georgian,
	"Glagolitic":             Glagolitic,
	"Gothic":                 Gothic,
	"Grantha":                Grantha,
	"Greek":                  Greek,
	"Gujarati":               Gujarati,
	"Gunjala_Gondi":          Gunjala_Gondi,
	"Gurmukhi":               Gurmukhi,
	"Gurung_Khema":           Gurung_Khema,
	"Han":                    Han,
	"Hangul":                 Hangul,
	"Hanifi_Rohingya":        Hanifi_Rohingya,
	"Hanunoo":                Hanunoo,
	"Hatran":                 Hatran,
	"Hebrew":                 Hebrew,
	"Hiragana":               Hiragana,
	"Imperial_Aramaic":       Imperial_Aramaic,
	"Inherited":              Inherited,
	"Inscriptional_Pahlavi":  Inscriptional_Pahlavi,
	"Inscriptional_Parthian": Inscriptional_Parthian,
	"Javanese":               Javanese,
	"Kaithi":                 Kaithi,
	"Kannada":                Kannada,
	"Katakana":               Katakana,
	"Kawi":                   Kawi,
	"Kayah_Li":               Kayah_Li,
	"Kharoshthi":             Kharoshthi,
	"Khitan_Small_Script":    Khitan_Small_Script,
	"Khmer":                  Khmer,
	"Khojki":                 Khojki,
	"Khudawadi":              Khudawadi,
	"Kirat_Rai":              Kirat_Rai,
	"Lao":                    Lao,
	"Latin":                  Latin,
	"Lepcha":                 Lepcha,
	"Limbu":                  Limbu,
	"Linear_A":               Linear_A,
	"Linear_B":               Linear_B,
	"Lisu":                   Lisu,
	"Lycian":                 Lycian,
	"Lydian":                 Lydian,
	"Mahajani":               Mahajani,
	"Makasar":                Makasar,
	"Malayalam":              Malayalam,
	"Mandaic":                Mandaic,
	"Manichaean":             Manichaean,
	"Marchen":                Marchen,
	"Masaram_Gondi":          Masaram_Gondi,
	"Medefaidrin":            Medefaidrin,
	"Meetei_Mayek":           Meetei_Mayek,
	"Mende_Kikakui":          Mende_Kikakui,
	"Meroitic_Cursive":       Meroitic_Cursive,
	"Meroitic_Hieroglyphs":   Meroitic_Hieroglyphs,
	"Miao":                   Miao,
	"Modi":                   Modi,
	"Mongolian":              Mongolian,
	"Mro":                    Mro,
	"Multani":                Multani,
	"Myanmar":                Myanmar,
	"Nabataean":              Nabataean,
	"Nag_Mundari":            Nag_Mundari,
	"Nandinagari":            Nandinagari,
	"New_Tai_Lue":            New_Tai_Lue,
	"Newa":                   Newa,
	"Nko":                    Nko,
	"Nushu":                  Nushu,
	"Nyiakeng_Puachue_Hmong": Nyiakeng_Puachue_Hmong,
	"Ogham":                  Ogham,
	"Ol_Chiki":               Ol_Chiki,
	"Ol_Onal":                Ol_Onal,
	"Old_Hungarian":          Old_Hungarian,
	"Old_Italic":             Old_Italic,
	"Old_North_Arabian":      Old_North_Arabian,
	"Old_Permic":             Old_Permic,
	"Old_Persian":            Old_Persian,
	"Old_Sogdian":            Old_Sogdian,
	"Old_South_Arabian":      Old_South_Arabian,
	"Old_Turkic":             Old_Turkic,
	"Old_Uyghur":             Old_Uyghur,
	"Oriya":                  Oriya,
	"Osage":                  Osage,
	"Osmanya":                Osmanya,
	"Pahawh_Hmong":           Pahawh_Hmong,
	"Palmyrene":              Palmyrene,
	"Pau_Cin_Hau":            Pau_Cin_Hau,
	"Phags_Pa":               Phags_Pa,
	"Phoenician":             Phoenician,
	"Psalter_Pahlavi":        Psalter_Pahlavi,
	"Rejang":                 Rejang,
	"Runic":                  Runic,
	"Samaritan":              Samaritan,
	"Saurashtra":             Saurashtra,
	"Sharada":                Sharada,
	"Shavian":                Shavian,
	"Siddham":                Siddham,
	"Sidetic":                Sidetic,
	"SignWriting":            SignWriting,
	"Sinhala":                Sinhala,
	"Sogdian":                Sogdian,
	"Sora_Sompeng":           Sora_Sompeng,
	"Soyombo":                Soyombo,
	"Sundanese":              Sundanese,
	"Sunuwar":                Sunuwar,
	"Syloti_Nagri":           Syloti_Nagri,
	"Syriac":                 Syriac,
	"Tagalog":                Tagalog,
	"Tagbanwa":               Tagbanwa,
	"Tai_Le":                 Tai_Le,
	"Tai_Tham":               Tai_Tham,
	"Tai_Viet":               Tai_Viet,
	"Tai_Yo":                 Tai_Yo,
	"Takri":                  Takri,
	"Tamil":                  Tamil,
	"Tangsa":                 Tangsa,
	"Tangut":                 Tangut,
	"Telugu":                 Telugu,
	"Thaana":                 Thaana,
	"Thai":                   Thai,
	"Tibetan":                Tibetan,
	"Tifinagh":               Tifinagh,
	"Tirhuta":                Tirhuta,
	"Todhri":                 Todhri,
	"Tolong_Siki":            Tolong_Siki,
	"Toto":                   Toto,
	"Tulu_Tigalari":          Tulu_Tigalari,
	"Ugaritic":               Ugaritic,
	"Vai":                    Vai,
	"Vithkuqi":               Vithkuqi,
	"Wancho":                 Wancho,
	"Warang_Citi":            Warang_Citi,
	"Yezidi":                 Yezidi,
	"Yi":                     Yi,
	"Zanabazar_Square":       Zanabazar_Square,
}

// Properties maps each property name to its table.
var Properties = map[string]*RangeTable{
	"ASCII_Hex_Digit":                    ASCII_Hex_Digit,
	"Bidi_Control":                       Bidi_Control,
	"Dash":                               Dash,
	"Deprecated":                         Deprecated,
	"Diacritic":                          Diacritic,
	"Extender":                           Extender,
	"Hex_Digit":                          Hex_Digit,
	"Hyphen":                             Hyphen,
	"IDS_Binary_Operator":                IDS_Binary_Operator,
	"IDS_Trinary_Operator":               IDS_Trinary_Operator,
	"IDS_Unary_Operator":                 IDS_Unary_Operator,
	"ID_Compat_Math_Continue":            ID_Compat_Math_Continue,
	"ID_Compat_Math_Start":               ID_Compat_Math_Start,
	"Ideographic":                        Ideographic,
	"Join_Control":                       Join_Control,
	"Logical_Order_Exception":            Logical_Order_Exception,
	"Modifier_Combining_Mark":            Modifier_Combining_Mark,
	"Noncharacter_Code_Point":            Noncharacter_Code_Point,
	"Other_Alphabetic":                   Other_Alphabetic,
	"Other_Default_Ignorable_Code_Point": Other_Default_Ignorable_Code_Point,
	"Other_Grapheme_Extend":              Other_Grapheme_Extend,
	"Other_ID_Continue":                  Other_ID_Continue,
	"Other_ID_Start":                     Other_ID_Start,
	"Other_Lowercase":                    Other_Lowercase,
	"Other_Math":                         Other_Math,
	"Other_Uppercase":                    Other_Uppercase,
	"Pattern_Syntax":                     Pattern_Syntax,
	"Pattern_White_Space":                Pattern_White_Space,
	"Prepended_Concatenation_Mark":       Prepended_Concatenation_Mark,
	"Quotation_Mark":                     Quotation_Mark,
	"Radical":                            Radical,
	"Regional_Indicator":                 Regional_Indicator,
	"STerm":                              STerm,
	"Sentence_Terminal":                  Sentence_Terminal,
	"Soft_Dotted":                        Soft_Dotted,
	"Terminal_Punctuation":               Terminal_Punctuation,
	"Unified_Ideograph":                  Unified_Ideograph,
	"Variation_Selector":                 Variation_Selector,
	"White_Space":                        White_Space,
}

// FoldCategory maps a category name to the runes outside it that are equivalent under simple case folding to runes inside it.
var FoldCategory = map[string]*RangeTable{
	"L":  foldL,
	"Ll": foldLl,
	"Lt": foldLt,
	"Lu": foldLu,
	"M":  foldM,
	"Mn": foldMn,
}

// FoldScript maps a script name to the runes outside it that are equivalent under simple case folding to runes inside it.
var FoldScript = map[string]*RangeTable{
	"Common":    foldCommon,
	"Greek":     foldGreek,
	"Inherited": foldInherited,
}

// CategoryAliases maps long and alternative category names to the short ones.
var CategoryAliases = map[string]string{
	"Cased_Letter":          "LC",
	"Close_Punctuation":     "Pe",
	"Combining_Mark":        "M",
	"Connector_Punctuation": "Pc",
	"Control":               "Cc",
	"Currency_Symbol":       "Sc",
	"Dash_Punctuation":      "Pd",
	"Decimal_Number":        "Nd",
	"Enclosing_Mark":        "Me",
	"Final_Punctuation":     "Pf",
	"Format":                "Cf",
	"Initial_Punctuation":   "Pi",
	"Letter":                "L",
	"Letter_Number":         "Nl",
	"Line_Separator":        "Zl",
	"Lowercase_Letter":      "Ll",
	"Mark":                  "M",
	"Math_Symbol":           "Sm",
	"Modifier_Letter":       "Lm",
	"Modifier_Symbol":       "Sk",
	"Nonspacing_Mark":       "Mn",
	"Number":                "N",
	"Open_Punctuation":      "Ps",
	"Other":                 "C",
	"Other_Letter":          "Lo",
	"Other_Number":          "No",
	"Other_Punctuation":     "Po",
	"Other_Symbol":          "So",
	"Paragraph_Separator":   "Zp",
	"Private_Use":           "Co",
	"Punctuation":           "P",
	"Separator":             "Z",
	"Space_Separator":       "Zs",
	"Spacing_Mark":          "Mc",
	"Surrogate":             "Cs",
	"Symbol":                "S",
	"Titlecase_Letter":      "Lt",
	"Unassigned":            "Cn",
	"Uppercase_Letter":      "Lu",
	"cntrl":                 "Cc",
	"digit":                 "Nd",
	"punct":                 "P",
}
