import SanadCore
