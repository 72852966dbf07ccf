"""The invented content of the demo school: names, link-book text, replies, work, agreements and news.

Everything here is made up; no real child, family or member of staff. Names come from the languages
families in English primary schools speak, mostly spelt as a UK MIS holds them, with the preferred
spelling (a nickname, the diacritics, or the name in its own script) beside it, so that the demo shows
what the app has to sort, print and shape. Texts avoid pronouns and grammatical gender so any child's
name fits, and the home-language replies never name the child (the name would need declining).
"""

import datetime as dt
from dataclasses import dataclass

from desktop.domain.agreements import (
    Commitment,
    DocumentContent,
    DocumentKind,
    Party,
    ProfileSections,
    Provision,
    Target,
)

# --- Names -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Name:
    """A first name as the MIS holds it (legal) and as the child is called (preferred, may be empty)."""

    legal: str
    preferred: str = ""


@dataclass(frozen=True, slots=True)
class Heritage:
    """Names and home languages of one language community among the school's families."""

    languages: tuple[str, ...]
    girls: tuple[Name, ...]
    boys: tuple[Name, ...]
    surnames: tuple[str, ...]
    mothers: tuple[str, ...]
    fathers: tuple[str, ...]
    weight: int
    english_first: float = 0.2
    """Chance the child's first language is recorded as English (born here, English at home too)."""


def _names(spelt: str) -> tuple[Name, ...]:
    """Names from "Legal=Preferred Legal ...": the preferred spelling follows "=" where there is one."""
    return tuple(Name(*word.split("=", 1)) for word in spelt.split())


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


HERITAGES: tuple[Heritage, ...] = (
    Heritage(
        ("ENG",),
        _names(
            "Olivia Amelia Isla Ava Freya Poppy Evie Grace Ruby Florence Elizabeth=Libby Ivy Tiana "
            "Matilda=Tilly Daisy Niamh Harper"
        ),
        _names(
            "Oliver George Harry Noah Jack Leo Arthur Oscar Alfie Theo Frederick=Freddie Archie Malachi "
            "Thomas=Tom Reuben Jayden Elliot"
        ),
        _words(
            "Smith Jones Taylor Brown Williams Wilson Evans Thomas Roberts Walker Wright Hughes Green Hall "
            "Clarke Campbell Thompson Bennett"
        ),
        _words("Sarah Emma Laura Gemma Charlotte Kerry-Ann Jade Rachel Hannah"),
        _words("James Daniel Craig Matthew Liam Marcus Stuart Lee Andrew"),
        weight=34,
        english_first=1.0,
    ),
    Heritage(
        ("POL",),
        _names("Zofia Maja Hanna Julia Lena Zuzanna Alicja Oliwia Pola"),
        _names("Jakub Antoni Szymon Filip Kacper Mikolaj=Mikołaj Wojciech Michal=Michał Igor"),
        _words("Nowak Mazur Wójcik Krawczyk Kaczmarek Zając Król Pawlak Dudek"),
        _words("Anna Katarzyna Magdalena Agnieszka Joanna Monika"),
        _words("Tomasz Piotr Marcin Krzysztof Paweł Łukasz"),
        weight=10,
    ),
    Heritage(
        ("URD",),
        _names("Amina=آمنہ Ayesha=عائشہ Fatima=فاطمہ Zainab=زینب Hira=حرا Maryam=مریم Inaaya"),
        _names("Ibrahim=ابراہیم Hamza=حمزہ Yusuf=یوسف Zayan=زیان Ali=علی Bilal=بلال Rayyan"),
        _words("Khan Hussain Ahmed Iqbal Malik Raza Shah Qureshi Butt"),
        _words("Nadia Saima Rubina Shazia Asma Farzana"),
        _words("Imran Tariq Asif Kamran Shahid Zubair"),
        weight=8,
        english_first=0.25,
    ),
    Heritage(
        ("PNJ", "PNJG"),
        _names("Gurpreet=ਗੁਰਪ੍ਰੀਤ Simran=ਸਿਮਰਨ Harleen=ਹਰਲੀਨ Jasleen=ਜਸਲੀਨ Navneet=ਨਵਨੀਤ Amrit"),
        _names("Arjun=ਅਰਜੁਨ Harjeet=ਹਰਜੀਤ Manveer=ਮਨਵੀਰ Gurveer=ਗੁਰਵੀਰ Jaskaran=ਜਸਕਰਨ Sukhdev"),
        _words("Sandhu Gill Dhillon Sidhu Bains Johal Grewal"),
        _words("Harpreet Manjit Kulwinder Rajvinder Parminder"),
        _words("Balwinder Sukhjinder Gurdeep Jaswinder Harvinder"),
        weight=6,
        english_first=0.3,
    ),
    Heritage(
        ("BNG",),
        _names("Nusrat=নুসরাত Tahmina=তাহমিনা Sumaiya=সুমাইয়া Ayesha=আয়েশা Riya=রিয়া Tasnim"),
        _names("Ritobrato=ঋতব্রত Rahim=রহিম Tanvir=তানভীর Arif=আরিফ Sami=সামি Ayaan"),
        _words("Begum Uddin Rahman Miah Chowdhury Islam Hoque Ali"),
        _words("Rokeya Shirin Nasima Rupa Taslima"),
        _words("Abdul Jamal Shafiq Mizanur Kamal"),
        weight=6,
        english_first=0.25,
    ),
    Heritage(
        ("SOM",),
        _names("Hodan Ayaan Farhiya Sagal Nasra Hibo Ikran"),
        _names("Abdirahman Mohamed Liban Abdi Mahad Yusuf Khalid"),
        _words("Warsame Farah Hassan Abdullahi Osman Jama Ismail Nur"),
        _words("Hawa Ubah Sahra Faadumo Maryan"),
        _words("Abdullahi Said Omar Hassan Ahmed"),
        weight=5,
        english_first=0.15,
    ),
    Heritage(
        ("ARA",),
        _names("Amina=أمينة Layla=ليلى Noor=نور Salma=سلمى Huda=هدى"),
        _names("Omar=عمر Karim=كريم Yousef=يوسف Adam=آدم Khalid=خالد"),
        _words("Haddad Mansour Saleh Nasser Al-Khatib Hamdan Darwish"),
        _words("Rania Hanan Dalia Samira Yasmin"),
        _words("Tarek Walid Sami Bassam Hisham"),
        weight=4,
        english_first=0.15,
    ),
    Heritage(
        ("GUJ",),
        _names("Priya=પ્રિયા Diya=દિયા Kavya=કાવ્યા Mira=મીરા Anaya"),
        _names("Aarav=આરવ Dev=દેવ Rohan=રોહન Krish=ક્રિશ Yash=યશ"),
        _words("Patel Shah Mistry Desai Parmar Chauhan Solanki"),
        _words("Bhavna Hetal Nisha Komal Rekha"),
        _words("Nilesh Hitesh Rakesh Jignesh Sanjay"),
        weight=4,
        english_first=0.35,
    ),
    Heritage(
        ("POR",),
        _names("Beatriz Ines=Inês Leonor Mariana Carolina Matilde"),
        _names("Joao=João Tomas=Tomás Rodrigo Goncalo=Gonçalo Duarte Afonso"),
        _words("Silva Santos Ferreira Pereira Costa Oliveira Gonçalves"),
        _words("Ana Sofia Catarina Joana Marta"),
        _words("Rui Nuno Pedro Miguel Tiago"),
        weight=4,
    ),
    Heritage(
        ("TAM",),
        _names("Tharani=தரணி Nila=நிலா Abinaya=அபிநயா Yazhini=யாழினி Kavya=காவ்யா"),
        _names("Karthik=கார்த்திக் Arun=அருண் Vishnu=விஷ்ணு Kavin=கவின் Santhosh=சந்தோஷ்"),
        _words("Krishnan Rajan Sivakumar Murugan Subramanian Balasingham"),
        _words("Lakshmi Vasuki Tharshini Meena"),
        _words("Suresh Ganesh Ramesh Kumaran"),
        weight=3,
        english_first=0.25,
    ),
    Heritage(
        ("RUM",),
        _names("Ioana Maria Andreea Elena Bianca Stefania=Ștefania"),
        _names("Andrei Mihai Stefan=Ștefan Alexandru Luca Matei Ionut=Ionuț"),
        _words("Popescu Ionescu Dumitru Stan Constantin Munteanu Moldovan"),
        _words("Mihaela Cristina Alina Daniela Raluca"),
        _words("Florin Cătălin Bogdan Adrian Marius"),
        weight=4,
        english_first=0.05,
    ),
    Heritage(
        ("CHI",),
        _names("Fang=芳芳 Mei=美美 Yutong=雨桐 Xinyi=欣怡 Zihan=梓涵"),
        _names("Hao=浩浩 Yichen=奕辰 Zimo=子墨 Junjie=俊杰 Haoran=浩然"),
        _words("Wang Li Zhang Liu Chen Yang Huang"),
        _words("Jing Xiaoli Xiaoyan Hui"),
        _words("Wei Jun Lei Qiang"),
        weight=3,
    ),
    Heritage(
        ("GRE",),
        _names("Eleni=Ελένη Sofia=Σοφία Maria=Μαρία Katerina=Κατερίνα Despina=Δέσποινα"),
        _names("Alexandros=Αλέξανδρος Giorgos=Γιώργος Nikos=Νίκος Dimitris=Δημήτρης Andreas=Ανδρέας"),
        _words("Georgiou Ioannou Christodoulou Charalambous Kyriakou Demetriou"),
        _words("Andri Christina Elena Stella"),
        _words("Kostas Michalis Panayiotis Stavros"),
        weight=2,
        english_first=0.4,
    ),
    Heritage(
        ("UKR",),
        _names("Mariia=Марія Sofiia=Софія Anastasiia=Анастасія Daryna=Дарина Oleksandra=Олександра"),
        _names("Oleksandr=Олександр Maksym=Максим Artem=Артем Bohdan=Богдан Taras=Тарас"),
        _words("Kovalenko Shevchenko Bondarenko Tkachenko Kravchenko Melnyk Boiko"),
        _words("Olena Iryna Natalia Yuliia Oksana"),
        _words("Andrii Serhii Dmytro Volodymyr Yurii"),
        weight=4,
        english_first=0.0,
    ),
    Heritage(
        ("ENG", "OTH"),
        _names("Adeola Folake=Fọláké Temitope Ayomide=Ayọ̀mídé Morenike Funmilayo"),
        _names("Oluwatobi=Tobi Ayodele Oluwafemi=Femi Kayode Tunde Damilola"),
        _words("Adeyemi Oladipo Adebayo Ogunleye Bakare Olawale Afolabi"),
        _words("Bukola Yetunde Abimbola Kemi Titilayo"),
        _words("Olumide Babatunde Segun Adewale Kunle"),
        weight=4,
        english_first=0.85,
    ),
    Heritage(
        ("ENG",),
        _names("Aoife Saoirse Niamh Caoimhe Roisin=Róisín Siobhan=Siobhán"),
        _names("Oisin=Oisín Cian Tadhg Darragh Ciaran=Ciarán Padraig=Pádraig"),
        _words("Murphy O'Sullivan Walsh Byrne O'Connor Doyle Gallagher"),
        _words("Mairead Siobhan Orla Deirdre"),
        _words("Sean Declan Eoin Colm"),
        weight=3,
        english_first=1.0,
    ),
    Heritage(
        ("TUR",),
        _names("Elif Zeynep Defne Ecrin Azra"),
        _names("Emir Yusuf Kerem Eymen Ömer"),
        _words("Yılmaz Demir Şahin Çelik Aydın Kaya"),
        _words("Ayşe Emine Hatice Derya"),
        _words("Mehmet Mustafa Hüseyin Murat"),
        weight=2,
    ),
)

SCHOOL_NAME = "Riverside Community Primary School"
SCHOOL_URN = "999901"
SCHOOL_LA = "999"
SCHOOL_ESTAB = "2001"
EMAIL_DOMAIN = "riverside-primary.example.sch.uk"

TEACHERS: tuple[str, ...] = (
    "Ms Hannah Okafor",
    "Mr Daniel Whitfield",
    "Mrs Priya Raman",
    "Mr Tomasz Zieliński",
    "Miss Chloe Ashworth",
    "Mr Kwame Mensah",
    "Mrs Eilidh MacLeod",
    "Ms Sana Mirza",
)
ASSISTANTS: tuple[str, ...] = (
    "Mrs Shabana Akhtar",
    "Mr Reece Dawson",
    "Mrs Lucy Fernandes",
    "Ms Oksana Hrytsenko",
    "Mrs Bev Lowry",
    "Mr Jamal Idris",
    "Mrs Teresa Nolan",
    "Miss Ana Petrescu",
)
SENCO_NAME = "Mrs Grace Adebayo-Kowalska"
ADMIN_NAME = "Mrs Jo Pennington"

CLASS_TREES: tuple[str, ...] = ("Oak", "Willow", "Rowan", "Hazel", "Birch", "Elm", "Ash", "Maple", "Cedar")
YEAR_GROUPS: tuple[str, ...] = ("3", "4", "5", "6", "2", "1", "R")

STREETS: tuple[str, ...] = (
    "Meadow Close",
    "Canal Street",
    "Orchard Road",
    "Victoria Terrace",
    "Brook Lane",
    "Station Road",
    "Mill Court",
)

# --- The daily link book -----------------------------------------------------------------------------

LEARNING: tuple[str, ...] = (
    "In maths we practised column addition with exchanging, using base-ten blocks first.",
    "Maths: we found fractions of amounts, sharing counters into equal groups.",
    "We learned our 4 and 8 times tables with a chanting game and then a speed challenge.",
    "In maths we measured lengths in centimetres and millimetres around the classroom.",
    "Maths today was telling the time to five minutes on our own paper clocks.",
    "We compared numbers up to 1,000 and ordered them on a washing line.",
    "In maths we solved word problems about money and giving change from £5.",
    "Maths: we drew bar charts of our favourite fruits and asked questions about them.",
    "In English we wrote the opening of an adventure story set in a rainforest.",
    "English: we learned about inverted commas and punctuated a conversation between two characters.",
    "We read a chapter of our class book together and predicted what happens next.",
    "In English we planned a persuasive letter asking for a new bench in the playground.",
    "We practised our spelling words with the suffix -ly and used them in sentences.",
    "English: we wrote instructions for making a jam sandwich and tested them on the teacher.",
    "We performed a poem about autumn in small groups, with actions.",
    "In phonics we practised the sounds 'ai' and 'ay' and read a short story with them.",
    "Science: we tested which materials are magnetic and recorded our results in a table.",
    "In science we looked at the parts of a plant and what each part does.",
    "We investigated how shadows change during the day, drawing round a stick in the playground.",
    "Science: we sorted rocks by their properties and looked at them under magnifying glasses.",
    "In history we learned about life in a Roman town and handled copies of Roman coins.",
    "History: we put events of the Stone Age to Iron Age on a timeline across the classroom.",
    "In geography we found the countries of the UK and their capital cities on a map.",
    "Geography: we used compass directions to follow a route around the school grounds.",
    "In art we mixed secondary colours and painted autumn leaves in the style of Andy Goldsworthy.",
    "Art: we sketched a bowl of fruit, looking carefully at light and shade.",
    "In DT we designed a moving picture with a lever and a pivot.",
    "In RE we talked about festivals of light and how different families celebrate them.",
    "Computing: we wrote a simple algorithm to move a floor robot to the treasure.",
    "In music we kept a steady beat with percussion instruments and played a short round.",
    "In French we learned to say our name, our age and how we are feeling.",
    "PE: we practised passing and moving in a game of tag rugby.",
    "PE today was gymnastics: balances on different parts of the body, linked into a sequence.",
    "In PSHE we talked about what makes a good friend and wrote our ideas on a friendship tree.",
    "We had a visit from the local fire service and learned how to stay safe at home.",
)

LEARNING_SENSORY: tuple[str, ...] = (
    "We had a sensory story about the seaside with sand, water sprays and shells to feel.",
    "Attention Autism session: we watched the bucket and waited for our turn with the toys.",
    "In maths we matched numbers to objects up to 5 and counted them into a pot.",
    "We practised choosing with our symbols at snack time: drink, apple or crackers.",
    "Rebound therapy on the trampoline this morning, with lots of smiles.",
    "We went to the sensory garden and listened for birds and wind chimes.",
    "Cooking: we made fruit kebabs, threading the fruit and tasting each one.",
    "Intensive interaction this afternoon, taking turns with sounds and movements.",
    "We went on our community walk to the shop and paid for a snack with help.",
    "Music therapy: we played the drum and shakers and chose our favourite song.",
)

WINS: tuple[str, ...] = (
    "{name} read aloud to the class with lots of expression today. A real confidence boost!",
    "{name} got all ten spellings right this week. Brilliant practice at home is paying off.",
    "{name} helped a friend who was upset at playtime without being asked. So kind.",
    "{name} explained a tricky maths problem to the group really clearly.",
    "{name} earned a Star of the Day for amazing focus during writing.",
    "{name} tried a new food at lunch and said it was 'actually nice'.",
    "{name} was brave and asked a question in front of the whole class.",
    "{name} wrote a whole page in English, the longest piece yet. Very proud!",
    "{name} used a full stop and capital letter in every sentence today.",
    "{name} tidied the book corner without being asked. A true helper.",
    "{name} scored a lovely goal in PE and was a great team player.",
    "{name} used the new times-table strategy with no help at all.",
    "{name} showed real resilience and kept going with a hard puzzle.",
    "{name} led the class line beautifully on the way to assembly.",
    "{name} taught the class to say hello in another language. Everyone joined in!",
    "{name} finished the reading book and chose a new one from the next band.",
    "{name} drew a fantastic diagram of the water cycle, labelled and everything.",
    "{name} settled straight away this morning and had a calm, happy day.",
    "{name} used kind words to sort out a disagreement with a friend.",
    "{name} got the Golden Book today for showing a new pupil around the school.",
)

WINS_SENSORY: tuple[str, ...] = (
    "{name} used the 'more' sign at snack time without a prompt. Lovely communication!",
    "{name} waited for a turn in the group session for the whole song.",
    "{name} walked from the minibus to class independently today.",
    "{name} pointed to the symbol for 'finished' at the end of the activity.",
    "{name} tolerated hand-over-hand painting and even smiled at the colours.",
    "{name} made great eye contact during intensive interaction and laughed with us.",
    "{name} drank a whole cup of water at lunch, holding the cup with two hands.",
    "{name} went to the toilet when prompted and washed hands with the visual steps.",
)

REMINDERS: tuple[str, ...] = (
    "PE tomorrow: please send in PE kit and trainers.",
    "Library books back on Friday, please.",
    "Spelling test on Friday: the words are in the yellow book.",
    "Please sign and return the trip letter by Wednesday.",
    "Swimming on Tuesday: costume, towel and a hat for long hair.",
    "Homework is due on Monday: the times-tables sheet.",
    "Please read for ten minutes every night and sign the reading record.",
    "Non-uniform day on Friday for £1 towards the school fund.",
    "Wellies needed on Thursday for Forest School.",
    "Please label jumpers and coats; we have lots in lost property.",
    "Parents' evening slots are open: book at the office or by reply.",
    "Please bring a named water bottle every day.",
)

NOTES: tuple[str, ...] = (
    "{name} seemed a little tired after lunch; had some water and a rest in the book corner.",
    "{name} bumped a knee at playtime but was fine after a cold compress.",
    "{name} was a bit quiet this morning; mentioned missing grandma. Settled after a chat.",
    "{name} lost a reading book; could you check at home, please?",
    "{name} was worried about the spelling test. We practised together and it went well.",
    "{name} did not eat much lunch today; might be hungry after school.",
    "{name} has a small cough. Temperature fine, happy to stay in class.",
    "{name} had a falling-out with a friend at lunchtime; we talked it through and all is well.",
    "{name} came back from PE with a muddy jumper; it is in the book bag.",
    "{name} would like to bring in the new puppy's photo to show the class. Welcome any time!",
    "{name} forgot the water bottle today; we found a cup.",
    "{name} had a wobbly tooth come out at lunch! It is in an envelope in the book bag.",
)

CLASS_NOTES: tuple[str, ...] = (
    "A reminder that our class assembly is next Friday at 9:10. Families are very welcome.",
    "Thank you for all the harvest donations; they have gone to the food bank.",
    "Our trip to the museum is coming up: packed lunch and a waterproof coat, please.",
    "We are collecting cardboard tubes and boxes for a DT project. Anything helps!",
    "Head lice have been reported in class. Please check hair this weekend.",
    "Well done everyone for a brilliant week of attendance: 98%!",
    "Forest School starts next week: old clothes and wellies in a named bag.",
    "Please make sure your child has a warm coat now that the mornings are cold.",
)

SESSION_NOTES: dict[str, tuple[str, ...]] = {
    "happy": ("Smiling and chatty.", "Loved the music session.", "Lots of laughing with friends.", ""),
    "calm": ("Settled quickly with the visual timetable.", "Enjoyed quiet time with the sensory lights.", ""),
    "tired": ("Yawning during carpet time.", "Had a short rest on the beanbag.", ""),
    "anxious": ("Worried about the change of routine; used the now-and-next board.", "Asked for mum."),
    "upset": ("Upset when the iPad time ended; calmed with deep-pressure cushion.", "Cried at drop-off."),
    "unsettled": ("Needed time in the calm room after assembly.", "Found the noisy hall hard today."),
}

MEALS: tuple[str, ...] = ("Breakfast club", "Snack", "Lunch", "Drink")
FOOD_NOTES: dict[str, tuple[str, ...]] = {
    "Breakfast club": ("Toast and milk.", "Cereal, a few spoonfuls.", ""),
    "Snack": ("Apple slices.", "Crackers and cheese.", "Banana.", ""),
    "Lunch": ("Ate the pasta, left the peas.", "Jacket potato with beans.", "Fish fingers, all gone!", ""),
    "Drink": ("About 200 ml of water.", "Half a cup of milk.", "Whole bottle of water.", ""),
}

PERSONAL_CARE: tuple[tuple[str, str], ...] = (
    ("Pad changed", "Dry and comfortable; skin fine."),
    ("Used the toilet with a prompt", "Washed hands with the picture steps."),
    ("Changed into spare clothes", "After water play; wet clothes are in the bag."),
    ("Toileting routine", "Sat on the toilet for two minutes; no wee."),
    ("Teeth brushed after lunch", "Good practice with the electric brush."),
    ("Nose wiped and face washed", ""),
)

FIRST_AID: tuple[tuple[str, str], ...] = (
    ("Grazed knee falling in the playground", "Cleaned with water, plaster applied."),
    ("Bumped head on the table edge", "Cold compress; no lump. Head-bump letter sent home."),
    ("Nosebleed in class", "Pinched nose for ten minutes; stopped."),
    ("Splinter in finger from the trim trail", "Removed with tweezers, cleaned."),
    ("Stung by a wasp on the arm", "Cold compress, watched for a reaction; none."),
)

MEDICINES: tuple[tuple[str, str, dt.time], ...] = (
    ("Methylphenidate (as agreed in the care plan)", "10 mg", dt.time(12, 15)),
    ("Salbutamol inhaler", "2 puffs", dt.time(10, 40)),
    ("Insulin (NovoRapid), after lunch carbohydrate count", "3 units", dt.time(12, 30)),
    ("Movicol", "1 sachet in juice", dt.time(9, 30)),
    ("Cetirizine", "5 ml", dt.time(11, 0)),
)

# --- What comes back from home -----------------------------------------------------------------------

REPLIES: dict[str, tuple[str, ...]] = {
    "ENG": (
        "Thank you! We heard all about it at tea time.",
        "Tired tonight, so early bed. Thanks for letting us know.",
        "Could we have a quick word at pick-up on Thursday please?",
        "Reading record signed: read ten pages to grandad tonight.",
        "Dentist appointment tomorrow morning, so a little late in. Sorry!",
        "So pleased to read this. We'll keep practising the times tables.",
        "Grandma is collecting tomorrow as I'm on a late shift.",
        "PE kit is in the bag now, thanks for the reminder.",
        "Had a bad night's sleep, may be a bit grumpy tomorrow.",
        "Thank you for looking after the knee. All fine at home.",
        "We found the library book under the sofa!",
        "Lovely to hear. Proud of how hard this week has gone.",
    ),
    "POL": (
        "Dziękuję za informację! W domu opowiadaliśmy o tym przy kolacji.",
        "Przeczytaliśmy razem książkę, bardzo się podobała.",
        "Jutro po szkole odbierze babcia.",
        "Dziękujemy, podpisane. Jutro strój na WF będzie w torbie.",
        "Wieczorem było trochę zmęczenia, dzisiaj wcześniej do łóżka.",
    ),
    "URD": (
        "شکریہ! آج رات ہم نے مل کر کتاب پڑھی۔",
        "کل ڈاکٹر کے پاس جانا ہے، اس لیے تھوڑی دیر سے آئیں گے۔",
        "بہت اچھی خبر ہے، شکریہ۔",
        "کل دادی لینے آئیں گی۔",
    ),
    "PNJ": (
        "ਧੰਨਵਾਦ! ਅਸੀਂ ਅੱਜ ਸ਼ਾਮ ਇਕੱਠੇ ਕਿਤਾਬ ਪੜ੍ਹੀ।",
        "ਬਹੁਤ ਵਧੀਆ ਖ਼ਬਰ, ਧੰਨਵਾਦ ਜੀ।",
        "ਕੱਲ੍ਹ ਦਾਦੀ ਜੀ ਲੈਣ ਆਉਣਗੇ।",
    ),
    "PNJG": (
        "ਧੰਨਵਾਦ! ਅਸੀਂ ਅੱਜ ਸ਼ਾਮ ਇਕੱਠੇ ਕਿਤਾਬ ਪੜ੍ਹੀ।",
        "ਬਹੁਤ ਵਧੀਆ ਖ਼ਬਰ, ਧੰਨਵਾਦ ਜੀ।",
    ),
    "BNG": (
        "ধন্যবাদ! আজ সন্ধ্যায় আমরা একসাথে বই পড়েছি।",
        "আজ রাতে খুব ক্লান্ত, তাই তাড়াতাড়ি ঘুমাতে গেছে।",
        "খুব ভালো খবর, ধন্যবাদ।",
        "আগামীকাল দাদি নিতে আসবেন।",
    ),
    "ARA": (
        "شكراً جزيلاً! قرأنا الكتاب معاً هذا المساء.",
        "غداً عندنا موعد عند الطبيب، سنتأخر قليلاً.",
        "خبر رائع، شكراً لكم.",
    ),
    "SOM": (
        "Mahadsanid! Caawa buugga ayaan wada akhrinay.",
        "Berri waxaa soo qaadi doonta ayeeyo.",
        "War wanaagsan, mahadsanid.",
    ),
    "GUJ": (
        "આભાર! આજે સાંજે અમે સાથે પુસ્તક વાંચ્યું.",
        "ખૂબ સરસ સમાચાર, આભાર.",
    ),
    "POR": (
        "Obrigada! Lemos o livro juntos esta noite.",
        "Amanhã quem vem buscar é a avó.",
        "Que boa notícia, muito obrigado!",
    ),
    "TAM": (
        "நன்றி! இன்று மாலை நாங்கள் சேர்ந்து புத்தகம் படித்தோம்.",
        "மிகவும் நல்ல செய்தி, நன்றி.",
    ),
    "RUM": (
        "Mulțumim! Am citit cartea împreună în seara asta.",
        "Mâine vine bunica să ia copilul de la școală.",
        "Ce veste bună, mulțumim frumos!",
    ),
    "CHI": (
        "谢谢老师！今天晚上我们一起读了书。",
        "明天奶奶来接孩子。",
        "好消息，谢谢！",
    ),
    "GRE": (
        "Ευχαριστούμε! Διαβάσαμε μαζί το βιβλίο απόψε.",
        "Αύριο θα έρθει η γιαγιά να το πάρει.",
    ),
    "UKR": (
        "Дякуємо! Ми разом читали книжку сьогодні ввечері.",
        "Завтра забере бабуся.",
        "Чудова новина, дякуємо!",
    ),
    "TUR": (
        "Teşekkürler! Bu akşam kitabı birlikte okuduk.",
        "Yarın anneannesi alacak.",
    ),
}

STAFF_REPLIES: tuple[str, ...] = (
    "Thank you for letting us know.",
    "Of course, I'll be on the door at 3:15 on Thursday.",
    "Thanks, we'll keep an eye on things tomorrow.",
    "Lovely, thank you for sharing that!",
    "No problem at all, we'll see you then.",
)

FOLDER_COMMENTS: dict[str, tuple[str, ...]] = {
    "ENG": (
        "Lovely to see the work. The Roman shield is now on the fridge!",
        "Thank you. We talked through the maths together and it makes more sense now.",
        "Really proud of the handwriting this week.",
        "We will practise the spellings over the weekend.",
    ),
    "POL": ("Dziękujemy, piękna praca! Jesteśmy bardzo dumni.",),
    "URD": ("بہت خوبصورت کام، ہمیں فخر ہے۔ شکریہ!",),
    "BNG": ("খুব সুন্দর কাজ, আমরা গর্বিত। ধন্যবাদ!",),
    "ARA": ("عمل جميل جداً، نحن فخورون. شكراً!",),
    "POR": ("Trabalho muito bonito, estamos orgulhosos!",),
    "RUM": ("Ce lucrare frumoasă, suntem mândri!",),
    "UKR": ("Чудова робота, ми дуже пишаємося!",),
}

# --- Work folders ------------------------------------------------------------------------------------

WORK: dict[str, tuple[str, ...]] = {
    "English": (
        "Rainforest adventure story opening",
        "Persuasive letter about the playground bench",
        "Instructions: how to make a jam sandwich",
        "Autumn poem",
        "Book review of our class reader",
    ),
    "Maths": (
        "Column addition with exchanging",
        "Fractions of amounts",
        "Telling the time to five minutes",
        "Bar chart of favourite fruits",
        "Money problems: giving change",
    ),
    "Science": ("Magnetic materials investigation", "Parts of a plant", "Shadow drawings", "Rock sorting"),
    "History": ("A day in a Roman town", "Stone Age to Iron Age timeline"),
    "Geography": ("Map of the UK and capital cities", "Compass route around school"),
    "Art": ("Autumn leaves in secondary colours", "Still life: a bowl of fruit"),
    "DT": ("Moving picture with a lever",),
    "RE": ("Festivals of light fact file",),
    "Computing": ("Floor robot algorithm",),
}

FEEDBACK: tuple[str, ...] = (
    "Lovely neat presentation. Next step: check your capital letters.",
    "Great use of exciting adjectives! Next step: try a fronted adverbial.",
    "Super method, all steps shown. Next step: check with the inverse.",
    "You worked really hard on this. Next step: label every part.",
    "Fantastic effort and lots of detail.",
    "Well done for keeping going when it got tricky.",
    "A careful, thoughtful piece. I loved reading it.",
    "Good start. Next step: finish the last two questions with a partner.",
)

MARKS: tuple[str, ...] = ("8/10", "10/10", "6/10", "Expected", "Greater depth", "Working towards", "", "")

# --- Agreements --------------------------------------------------------------------------------------


def _school(text: str) -> Commitment:
    return Commitment(Party.SCHOOL, text)


def _family(text: str) -> Commitment:
    return Commitment(Party.FAMILY, text)


def _pupil(text: str) -> Commitment:
    return Commitment(Party.PUPIL, text)


HOME_SCHOOL_AGREEMENT = DocumentContent(
    commitments=(
        _school("Write in the link book every school day: what went well, learning and anything to know."),
        _school("Reply to messages in the link book within one school day."),
        _school("Tell you the same day about any first aid, medication or change to routine."),
        _school("Send information home in your preferred language and format, on paper if you prefer."),
        _family("Read the link book each evening and sign or reply to show it has been seen."),
        _family("Let school know about anything at home that may affect the day."),
        _family("Make sure the book bag, reading book and water bottle come to school every day."),
        _pupil("I will bring my link book to school every day."),
        _pupil("I will tell a grown-up if I am worried or upset."),
        _pupil("I will try my best and be kind to others."),
    ),
    targets=(Target("Read at home at least five times a week."),),
)

SUPPORT_PLAN = DocumentContent(
    outcomes=(
        "To communicate wants and needs to familiar adults using words, signs or symbols.",
        "To manage changes to routine with support and return to learning.",
    ),
    provision=(
        Provision("Visual timetable and now-and-next board", "Class team", "Every day"),
        Provision("Small-group language session", "Teaching assistant", "3 x 20 minutes a week"),
        Provision("Check-in with a key adult on arrival", "Key adult", "Every morning"),
    ),
    targets=(Target("Use the visual timetable to move between activities with one prompt."),),
)

ONE_PAGE_PROFILE = DocumentContent(
    profile=ProfileSections(
        all_about_me="What people like and admire about me.",
        important_to_me="What is important to me.",
        how_to_support_me="How best to support me.",
    ),
)

TEMPLATES: tuple[tuple[str, DocumentKind, DocumentContent], ...] = (
    ("Home-school agreement", DocumentKind.AGREEMENT, HOME_SCHOOL_AGREEMENT),
    ("SEN support plan", DocumentKind.SUPPORT_PLAN, SUPPORT_PLAN),
    ("One-page profile", DocumentKind.ONE_PAGE_PROFILE, ONE_PAGE_PROFILE),
)


@dataclass(frozen=True, slots=True)
class NeedProfile:
    """What a SENCO would tailor for one broad area of need."""

    area: str
    targets: tuple[str, ...]
    outcomes: tuple[str, ...]
    provision: tuple[Provision, ...]
    admired: str
    important: str
    support: str


NEEDS: tuple[NeedProfile, ...] = (
    NeedProfile(
        "Communication and interaction",
        (
            "Ask for help using the help card, without a prompt, in three lessons a week.",
            "Take turns in a small-group game for five minutes.",
            "Use the now-and-next board to move from play to work.",
        ),
        ("To share ideas with peers in structured group work.",),
        (
            Provision("Speech and language programme", "Teaching assistant", "3 x 15 minutes a week"),
            Provision("Social skills group", "Learning mentor", "Weekly"),
        ),
        "I am funny and I know everything about trains.",
        "My ear defenders, my blue cup, knowing what is happening next.",
        "Tell me about changes early. Give me time to answer. Let me use my fiddle toy on the carpet.",
    ),
    NeedProfile(
        "Cognition and learning",
        (
            "Read and spell the first 100 high-frequency words.",
            "Recall number bonds to 10 in under a minute.",
            "Write three sentences with capital letters and full stops using a word mat.",
        ),
        ("To read independently at a book band that matches their interests.",),
        (
            Provision("Precision teaching of key words", "Teaching assistant", "Daily, 10 minutes"),
            Provision("Coloured overlay and cream paper", "Class team", "All reading and writing"),
        ),
        "I work really hard and I am great at building things.",
        "My family, football, my dog Biscuit.",
        "Break tasks into small steps. Read questions to me. Praise my effort.",
    ),
    NeedProfile(
        "Social, emotional and mental health",
        (
            "Use the calm-down plan when feeling cross, with one adult prompt.",
            "Join in with lunchtime club twice a week.",
            "Name feelings using the zones of regulation chart.",
        ),
        ("To feel safe and settled at school and build positive friendships.",),
        (
            Provision("Daily check-in and zones of regulation", "Key adult", "Every morning"),
            Provision("ELSA sessions", "Emotional literacy support assistant", "Weekly, 30 minutes"),
        ),
        "I am kind to younger children and I am brilliant at drawing.",
        "Feeling listened to, time with my key adult, my drawing book.",
        "Speak calmly and quietly. Give me a job to do. Let me take a movement break.",
    ),
    NeedProfile(
        "Sensory and physical",
        (
            "Use the toilet with one verbal prompt at set times.",
            "Manage buttons and zips on my coat independently.",
            "Move safely between the classroom and the hall with the walker.",
        ),
        ("To be as independent as possible in personal care and moving around school.",),
        (
            Provision("Physiotherapy programme", "Teaching assistant (trained by physio)", "Daily"),
            Provision("Sensory circuit", "Class team", "Every morning, 15 minutes"),
            Provision("Personal care plan", "Two named adults", "As needed"),
        ),
        "I have a big smile and I love music.",
        "Music, my sensory lights, being near my friends.",
        "Talk to me before you help me. Give me time to move. Tell me what comes next.",
    ),
)

# --- News and events ---------------------------------------------------------------------------------

SCHOOL_NEWS: tuple[tuple[str, str], ...] = (
    (
        "Harvest festival: thank you!",
        "Thank you for your generous harvest donations. Over 300 items went to the local food bank.",
    ),
    (
        "Parents' evening bookings now open",
        "Book a ten-minute slot with your child's teacher at the office, in the app, or on the paper slip. "
        "Interpreters can be arranged: just tell us which language.",
    ),
    (
        "Flu vaccinations",
        "The school nursing team will give nasal flu vaccinations. Return the consent form by Friday.",
    ),
    (
        "Winter fair",
        "Our winter fair is on the last Friday of term, 3:15 to 5pm, with a tombola, crafts and food "
        "from around the world cooked by our families.",
    ),
    (
        "Attendance",
        "Well done to everyone for a great half term. Every day counts: please tell us by 9am if your "
        "child is unwell.",
    ),
)

CLASS_NEWS: tuple[tuple[str, str], ...] = (
    ("Our Roman day", "We dressed up, made mosaics and tasted Roman food. Thank you for the costumes!"),
    ("Swimming starts", "Swimming is on Tuesday afternoons this half term. Please send a costume and towel."),
    ("Class assembly", "We are practising our assembly about the rainforest. Come and watch!"),
    ("Reading stars", "Twelve children read every night this week. Keep it up!"),
    ("Museum trip", "Thank you to the parent helpers who came on our trip to the city museum."),
)

EVENTS: tuple[tuple[str, int, dt.time | None, str, str], ...] = (
    ("Parents' evening", 10, dt.time(15, 30), "School hall", "Book a slot with your child's teacher."),
    ("INSET day: school closed", 17, None, "", "No school for children."),
    ("Christmas jumper day", 24, None, "", "Wear a festive jumper for a £1 donation."),
    ("Winter fair", 26, dt.time(15, 15), "Playground and hall", "Stalls, crafts and food."),
    ("Harvest festival", -30, dt.time(9, 10), "School hall", "Families welcome."),
)

CLASS_EVENTS: tuple[tuple[str, int, dt.time | None, str, str], ...] = (
    ("Class assembly", 8, dt.time(9, 10), "School hall", "Families are very welcome to watch."),
    ("Trip to the city museum", 13, dt.time(9, 0), "City museum", "Packed lunch and a waterproof coat."),
    ("Forest School", 3, dt.time(13, 15), "School wildlife area", "Wellies and old clothes."),
)
