/// The hand-written word lists of the clitic analysis, as they are typed (they are folded when the table is built).
///
/// Written for this project from general knowledge of Modern Standard Arabic news vocabulary; they complement the
/// corpus counts in ``CliticLexicon`` where counts mislead: frequent function words, and frequent stems whose first
/// letter looks like a proclitic.
enum CliticWordLists {
    /// Whole words whose first letter is never a proclitic: prepositions, particles, auxiliaries, relative pronouns.
    static let whole = """
        في فيه فيها فيهم فيهما فيما فيم فقط فوق كان كانت كانوا كنت كنا كل كلا كلها كما كي كيف كأن كذلك كلما
        بين بعد بعض بينما بل بي لكن لكنه لكنها لكنهم لدى لدي لديه لديها لديهم لدينا ليس ليست لم لن لا لو لما
        لماذا لعل لقد لذا لكي بأس الذي التي الذين اللذين اللتين اللذان اللتان اللاتي اللواتي اللائي الله إلى إلا
        """

    /// Whole words that always start with a proclitic, although the stem alone is rare: compound prepositions.
    static let split = "بشأن بمثابة بلا بمقدار بصفة بفضل بحسب بواسطة بفعل لصالح لدرجة"

    /// Stems whose first letter (و ف ب ل ك س, or the alef of ال) belongs to the word, matched with any tail of
    /// ``tails``: `وزير` also covers `وزيرة`, `وزيرا`, `وزيرها`; `المان` (Germany, German) covers `المانيا`.
    static let stems = """
        وزير وزراء وزار وقت أوقات وقف وقع وقائع وفد وفود وفق وفاة وفيات وضع أوضاع وضح وطن وجه وجود وجد وسط وسائل
        وسيل وسيط وكال وكيل ولاي والد والي ولد ولاد وصل وصول وصف وعد وعود وعي وحد وحيد واحد وراء ورق ورش ورد وزن واد
        وادي واقع واجه واجب وجب واضح واسع واشنطن وظيف وثيق وثائق وقود وقاي ولاء ولادة وباء وجبة ودائع وداع ورث وريث
        وسام وشك وصي وصاي وكر ولي ولع
        فرنس فلسطين فريق فرق فترة فتر فكر فكرة فيلم أفلام فوز فاز فصل فضل فعل فعال فتح فرص فرع فرد فحص فشل فئة
        فائد فائز فقر فقير فيروس فيسبوك فيينا فنزويلا فنلندا فيتنام فلبين فندق فنان فنون فني فوري فورا فوضى فيضان
        فيدرالي فلاح فلك فاتورة فارق فاعل فحسب
        بريطان برلمان برنامج برامج بلد بلاد بلدان بلدي بيت بيوت بيان بنك بنوك بحث بحوث بحر بحار بدء بدا بداي بدل
        بدأ بقي بقاء بلغ بلوغ بناء بنى بني بنت بنات بشر بطل بطول بطاق بطال بعث بعيد بغداد بيروت باريس برلين
        بروكسل بكين بوتين بوش باكستان بنغلاديش بلجيك برازيل بورصة بيئة بيئي باب بات بارز برز بنية بند بنود برج بريد
        بيع بائع بابا باحث بحرين بصر بصري بضع بضائع بطري بطولة بيانات برميل براميل بترول بلدية بورما بولندا بلغاريا
        بوسطن بيلاروس بوليفيا بنما بيرو
        لبنان لجنة لجان لقاء لقاءات لعب لاعب لغة لغات لون لحظة لقب ليبيا لندن لاجئ لجوء لحم لحوم لازم لزم لطيف
        لفت لقي لاحق لافت لوحة لائحة لوائح ليلة ليل لواء لوس ليون لاتفيا لاهاي لوكسمبورغ ليبرالي
        كبير كبار كبر كثير كثر كتاب كتب كاتب كلمة كلام كرة كأس كيفية كيلو كندا كوري كوريا كمية كميات كلية كليات
        كهرباء كشف كسر كامل كافة كافي كفاءة كفاح كرسي كريم كرامة كارثة كوارث كاميرا كمبيوتر كنيسة كنائس كوبا
        كولومبيا كينيا كرواتيا كازاخستان كمبوديا كوسوفو كيان كائن كتلة كتيبة كلف كلفة كمين كنز كوكب كتائب كسب
        كساد كفيل كيميائي كاليفورنيا كون
        سياس سيار سيطر سنو سيد سين ستين ستة سنة
        ألمان إلكترون التزام التزم التقى التقاء التحق التحاق التفات التماس التهاب التباس إلهام إلحاق إلقاء إلزام
        إلغاء آلاف آلية آليات ألوان ألبان ألاسكا ألفين ألغى
        """

    /// Inflection endings that may follow a stem of ``stems``, alone or before an attached pronoun of
    /// ``pronouns`` (`ات` + `ها`).
    static let tails = "ة ات ي ية يا يين يون يات ان ين ون ا ت تا تان تين وا تم"

    /// Attached pronouns: the whole remainder after ب or ل (`به`, `لها`), and the last part of a tail.
    static let pronouns = "ه ها هم هما هن ك كم كما نا ي"

    /// Words that follow the conjunction ف; ف is a stem letter in other words (`فريق`, `فيلم`).
    static let afterFa = "إن إنه إنها أن قد هو هي هم هذا هذه ذلك من ما لا لم لن كان كانت إذا لقد"
}
